"""Cleaning of scraped Korean news text, one concern per module.

`sinmun.clean.clean_article` orchestrates the stages; the modules here each know one kind of debris:
`text` (normalization, prose heuristics), `dates` (기사입력/최종수정 lines), `bylines` (reporters),
`captions` (photo credits), `boilerplate` (widgets, menus, comments, copyright, related lists),
`outlets` (outlet names and domains). Their phrases and patterns live in `sinmun/resources/`.
"""
