"""Cleaning of scraped Korean news text, one concern per module.

`article.clean_article` orchestrates the stages (exported here); the modules each know one kind of
debris: `text` (normalization, prose heuristics), `dates` (기사입력/최종수정 lines), `bylines`
(reporters), `captions` (photo credits), `boilerplate` (widgets, menus, comments, copyright, related
lists), `outlets` (outlet names and domains), `segments` (debris by shape inside a line), `zones`
(head and tail zones), `recurring` (repetition across a batch). Their phrases and patterns live in
`sinmun/resources/`.
"""

from sinmun.cleaning.article import CleanedArticle, clean_article

__all__ = ["CleanedArticle", "clean_article"]
