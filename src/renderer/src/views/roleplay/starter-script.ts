import type { Locale } from '@core/domain/enums'

/**
 * A small valid script to start from when a case has no scenario yet (the editor opens with it). The
 * placeholders are English on purpose: the trainer replaces every line, and docs/scenario-format.md
 * has the full format.
 */
export function starterScript(id: string, locale: Locale): string {
  return `id: ${id}
locale: ${locale}
title: TODO title
channel: phone
persona:
  name: TODO customer name
  situation: TODO what happened
  mood: 30
  wants: TODO what the customer wants
truth:
  category: product-quality
  priority: normal
  channel: phone
  remedies: [refund]
start: open
nodes:
  open:
    customer: TODO the customer's first line
    turn:
      type: choice
      prompt: TODO what should the trainee do?
      options:
        - text: TODO a good reply
          credits: [apologize, empathize]
          mood: +15
          next: good-end
        - text: TODO a poor reply
          violates: [no-blame]
          mood: -20
          next: bad-end
  good-end:
    customer: TODO the customer calms down
    ending:
      outcome: good
      title: TODO good ending
  bad-end:
    customer: TODO the customer leaves angry
    ending:
      outcome: bad
      title: TODO bad ending
`
}
