export { articleDenials, extractDenials, linkDenials, type ArticleDenials, type FoundDenial } from './extract-denials.js';
