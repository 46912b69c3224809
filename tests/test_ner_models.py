"""The two shipped NER models and the run setting that chooses one (`--ner-model fast|accurate`)."""

from pathlib import Path

import pydantic
import pytest
from typer.testing import CliRunner

import sinmun
from sinmun import pipeline
from sinmun.cache import settings_digest
from sinmun.cli import app
from sinmun.ingest import RawArticle
from sinmun.ner.stage import NerStage, model_path
from sinmun.nlp import build_nlp
from sinmun.settings import DEFAULT_NER_MODEL, NER_MODELS, RunSettings


@pytest.mark.parametrize("name", NER_MODELS)
def test_each_named_model_ships_inside_the_package(name):
    path = model_path(name)
    assert path.is_relative_to(Path(sinmun.__file__).parent) and path.name == name
    assert (path / "config.cfg").exists() and (path / "metrics.json").exists()
    assert sum(f.stat().st_size for f in path.rglob("*") if f.is_file()) < 30_000_000


def test_the_default_model_is_the_settings_default():
    assert DEFAULT_NER_MODEL == RunSettings().ner_model
    assert model_path() == model_path(DEFAULT_NER_MODEL)


@pytest.mark.parametrize("name", ["fastest", "Accurate", "no/such/model"])
def test_an_unknown_model_name_is_a_clear_error(name):
    with pytest.raises(ValueError, match="unknown NER model"):
        model_path(name)
    with pytest.raises(ValueError, match="unknown NER model"):
        NerStage("sinmun_ner", model=name, labels=None, yield_labels=["LOC"])
    with pytest.raises(pydantic.ValidationError):
        RunSettings(ner_model=name)


def test_the_cli_names_the_choices_for_an_unknown_model(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("서울시는 새 정책을 발표했다.", encoding="utf-8")
    result = CliRunner().invoke(app, ["extract", str(article), "--out", str(tmp_path / "out"), "--ner-model", "huge"])
    assert result.exit_code == 2
    assert "huge" in result.output and all(name in result.output for name in NER_MODELS)


@pytest.mark.parametrize("name", NER_MODELS)
def test_the_choice_reaches_the_pipeline_and_only_that_model_is_named(name):
    stage = build_nlp(ner_model=name).get_pipe("sinmun_ner")
    assert model_path(stage.model_dir) == model_path(name)


def test_the_cache_key_differs_between_the_models_only_when_the_ner_runs():
    fast, accurate = RunSettings(ner_model="fast"), RunSettings(ner_model="accurate")
    assert settings_digest(fast) != settings_digest(accurate)
    assert settings_digest(fast.model_copy(update={"ner": False})) == \
        settings_digest(accurate.model_copy(update={"ner": False}))


@pytest.mark.parametrize("name", NER_MODELS)
def test_analyze_batch_builds_the_pipeline_of_the_chosen_model(monkeypatch, name):
    asked = []
    real = pipeline.build_nlp

    def recording(path=None, ner_model=DEFAULT_NER_MODEL):
        asked.append(ner_model)
        return real(path, ner_model=ner_model)

    monkeypatch.setattr(pipeline, "build_nlp", recording)
    raw = RawArticle(source="made-up.txt", input_format="txt", text="김민수 대표는 새 공장을 세운다고 밝혔다.")
    pipeline.analyze_batch([raw], RunSettings(ner=False, ner_model=name))
    assert asked == [name]


SENTENCES = [
    "김민수 한빛전자 대표는 3일 서울 강남구 본사에서 새 공장 계획을 밝혔다.",
    "가상시 의회는 지난달 15일 오후 2시 예산 120억원을 의결했다.",
    "박서연 가나다대학교 교수는 미국과 일본의 연구자 30명과 함께 보고서를 냈다.",
]


@pytest.mark.parametrize("name", NER_MODELS)
def test_the_fused_embedding_predicts_what_the_trained_layers_do(name):
    import numpy
    import spacy

    from sinmun.ner.features import fuse_for_prediction
    from sinmun.ner.stage import load_ner_model

    plain = spacy.load(model_path(name))
    fused = load_ner_model(name)  # fused when loaded for the pipeline
    docs = list(plain.tokenizer.pipe(SENTENCES))
    expected = plain.get_pipe("tok2vec").model.predict(docs)
    got = fused.get_pipe("tok2vec").model.predict(docs)
    assert all(numpy.allclose(a, b, atol=1e-4) for a, b in zip(expected, got))
    assert [[(e.start_char, e.end_char, e.label_) for e in d.ents] for d in plain.pipe(SENTENCES)] == \
        [[(e.start_char, e.end_char, e.label_) for e in d.ents] for d in fused.pipe(SENTENCES)]
    assert not fuse_for_prediction(fused.get_pipe("tok2vec").model)  # fused once: nothing left to fuse
    with pytest.raises(NotImplementedError):
        fused.get_pipe("tok2vec").model.begin_update(docs)
