import type { Root } from 'hast'
import type { Node } from 'unist'
import type { VFile } from 'vfile'
import { visit } from 'unist-util-visit'
import { isJsxElement, stringAttribute } from './jsx-attributes'

/** Options: whether the committed tweet cache holds a tweet. */
export type RehypeCheckTweetsOptions = { hasTweet: (id: string) => boolean }

/**
 * Warns about every `<Tweet id="…">` (written in .mdx or made from a Hugo tweet shortcode) whose
 * tweet is not in the cache: the page then shows a plain link instead of the tweet. Ids that are
 * not digits are the shortcode plugin's to report.
 */
export function rehypeCheckTweets({ hasTweet }: RehypeCheckTweetsOptions) {
  return (tree: Root, file: VFile) => {
    visit(tree, (node: Node) => {
      if (!isJsxElement(node, ['Tweet'])) return
      const id = stringAttribute(node, 'id')?.trim()
      if (!id || !/^\d+$/.test(id) || hasTweet(id)) return
      const message = file.message(`tweet ${id} is not in the tweet cache (content/tweets/${id}.json), so the page shows a plain link`, {
        place: node.position,
        ruleId: 'tweet-cache',
        source: 'rehype-check-tweets',
      })
      message.note = 'run `npm run tweets:sync` where there is network, then commit the file'
    })
  }
}
