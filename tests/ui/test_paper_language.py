"""Documents print in the application's language: its translations and its formats."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from desk_app.documents import acceptance_act, handover_sheet, words
from desk_app.ui.i18n import install_translators
from tests.documents.pdf_text import text
from tests.documents.samples import ACT, CHINESE_ACT, HANDOVER_SHEET


@pytest.fixture
def language(qapp):
    def switch(name: str) -> None:
        install_translators(QApplication.instance(), name)

    yield switch
    install_translators(QApplication.instance(), "en_GB")
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    words.install(words.Words())


def test_in_russian_the_act_speaks_russian_with_russian_numbers(language):
    language("ru")
    printed = text(acceptance_act.render(ACT))
    assert "Заказ-наряд и акт приёма-передачи автомобиля" in printed
    assert "Исполнитель" in printed and "Заказчик" in printed
    assert "Стр. 1 из" in printed
    assert "5 640,00" in printed.replace("\u00a0", " ")  # the estimate, as Russians write it


def test_in_chinese_the_handover_sheet_speaks_chinese(language):
    language("zh_CN")
    printed = text(handover_sheet.render(HANDOVER_SHEET)).replace(" ", "")
    assert "竣工交车单" in printed
    assert "合计" in printed


def test_back_in_english(language):
    language("ru")
    language("en_GB")
    printed = text(acceptance_act.render(replace(CHINESE_ACT)))
    assert "Work order and vehicle acceptance act" in printed
