"""Near-duplicates across a batch: the same press release in several outlets is found, different
articles are not, and answers do not depend on the process."""

from __future__ import annotations

import subprocess
import sys

import pytest

from sinmun.dedup import NearDuplicateIndex, earliest_matches, shingles, signature

RELEASE = [
    "중소벤처기업부는 20일 국가인공지능위원회에서 인공지능 스타트업 육성 방안을 발표했다.",
    "중기부는 2027년까지 중소기업의 인공지능 활용률을 50%로 높이고 글로벌 유니콘 5개를 육성한다는 목표를 제시했다.",
    "먼저 분야별 인공지능 스타트업의 역량 강화를 지원하고 데이터 생성 연구소 구축을 추진한다.",
    "제조 분야 인공지능 전문기업 100개를 지정해 기업당 최대 100억원 규모의 융자와 보증을 집중 지원한다.",
    "오영주 장관은 스타트업과 중소기업이 잘할 수 있는 특화 서비스 분야에 집중하겠다고 밝혔다.",
]
OTHER = [
    "서울시는 올해 도심 녹지를 두 배로 늘리는 공원 조성 계획을 내놓았다.",
    "시는 한강변 유휴 부지 열두 곳을 시민 정원으로 바꾸고 산책로를 잇는다.",
    "공사는 내년 봄에 시작해 3년 안에 마무리할 예정이라고 시 관계자는 설명했다.",
]


def release_in(outlet: str, reporter: str) -> str:
    edited = [RELEASE[0].replace("발표했다", "내놨다")] + RELEASE[1:]
    return "\n".join([f"{reporter} 기자 = " + edited[0], *edited[1:], f"{reporter} 기자 {outlet}"])


def test_same_press_release_in_other_outlets_points_to_the_first() -> None:
    index = NearDuplicateIndex()
    assert index.add("a", "\n".join(RELEASE)) is None
    assert index.add("b", "\n".join(OTHER)) is None
    assert index.add("c", release_in("가상일보", "홍길동")) == "a"
    assert index.add("d", release_in("나라신문", "김철수")) == "a"
    assert len(index) == 4


def test_different_articles_are_not_duplicates() -> None:
    index = NearDuplicateIndex()
    assert index.add("a", "\n".join(RELEASE[:2])) is None
    assert index.add("b", "\n".join(OTHER)) is None
    assert index.add("c", "\n".join(RELEASE[2:])) is None


def test_empty_bodies_are_never_duplicates() -> None:
    index = NearDuplicateIndex()
    assert index.add("a", "") is None
    assert index.add("b", "   ") is None


def test_shingles_ignore_whitespace() -> None:
    assert shingles("가 나다 라마바") == shingles("가나다라마바")
    assert shingles("가나") == {"가나"}


def test_signature_is_the_same_in_another_process() -> None:
    body = "\n".join(RELEASE)
    code = (
        "import sys; from sinmun.dedup import signature; "
        f"sys.stdout.write(','.join(map(str, signature({body!r}).tolist())))"
    )
    other = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                           env={"PYTHONHASHSEED": "12345"}).stdout
    assert other == ",".join(map(str, signature(body).tolist()))


def test_precomputed_signatures_give_the_same_answers() -> None:
    by_body, by_signature = NearDuplicateIndex(), NearDuplicateIndex()
    bodies = ["\n".join(RELEASE), "\n".join(OTHER), release_in("가상일보", "홍길동")]
    for i, body in enumerate(bodies):
        assert by_body.add(str(i), body) == by_signature.add_signature(str(i), signature(body))


def _mixed_batch(seed: int) -> list[str]:
    """Made-up articles: whole and edited copies of two stories, partial mixes, unrelated and empty ones."""
    import random

    rng = random.Random(seed)
    sentences = RELEASE + OTHER
    bodies = ["\n".join(RELEASE), "\n".join(OTHER), "", release_in("가상일보", "홍길동")]
    for i in range(20):
        picked = rng.sample(sentences, rng.randint(1, len(sentences)))
        if rng.random() < 0.5:
            picked = [s.replace("했다", "한다") for s in picked]
        bodies.append("\n".join(picked) + f"\n기자 {i}")
    rng.shuffle(bodies)
    return bodies


@pytest.mark.parametrize("seed", [1, 2, 3, 4])
def test_matches_by_bucket_are_the_index_answers(seed: int) -> None:
    bodies = _mixed_batch(seed)
    index = NearDuplicateIndex()
    want = {i: index.add(str(i), body) for i, body in enumerate(bodies)}
    signatures = [(i, signature(body)) for i, body in enumerate(bodies) if body.strip()]
    got = earliest_matches(signatures)
    assert {i: str(got[i]) if i in got else None for i in want} == want
    assert any(v is not None for v in want.values())  # the batch does hold near-duplicates


def test_a_match_is_earlier_even_when_a_later_copy_is_more_similar() -> None:
    base = "\n".join(RELEASE)
    entries = [(5, signature(release_in("가상일보", "홍길동"))), (3, signature(base)), (7, signature(base))]
    assert earliest_matches(entries) == {5: 3, 7: 3}
