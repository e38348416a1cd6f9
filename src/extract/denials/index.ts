export { extractDenials } from './extract-denials.js';
