/** The article files of a corpus folder's `articles/`: raw scraped text (`.txt`) or a saved web page (`.html`, `.htm`). */
export function isArticleFile(name: string): boolean {
  return /\.(?:txt|html?)$/iu.test(name);
}

/** A saved web page, read through `html-article.ts` before cleaning. */
export function isHtmlFile(name: string): boolean {
  return /\.html?$/iu.test(name);
}
