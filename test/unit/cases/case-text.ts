/** A valid zh-CN case file; tests derive broken variants from it. Key lines: id 2 … status 11, body from 13. */
export const VALID_CASE = `---
id: safety-expired-milk
title: 顾客购买的牛奶已过期
locale: zh-CN
category: safety
channel: in-store
priority: urgent
tags: [食品安全, 退款]
standards: [acknowledge, empathize, classify, escalate, follow-up]
summary: 门店售出过期牛奶，店长到场处理
status: published
---

## 背景

周六上午，某社区门店。

## 经过

顾客带着孩子回到服务台，说刚买的牛奶已过期。

## 处理

店长五分钟内到场，全额退款并下架同批次商品。

## 教训

- 食品安全投诉一律按紧急处理
- 先关心人，再谈赔偿
  （包括孩子的身体情况）
- 当天排查同批次商品

## 参考话术

- “非常抱歉，孩子现在感觉怎么样？”
- “我们马上为您全额退款。”
`

export const VALID_FILE = 'cases/zh-CN/safety-expired-milk.md'
