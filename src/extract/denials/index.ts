export { type ArticleDenials, articleDenials, extractDenials, type FoundDenial, linkDenials } from './extract-denials.js';
