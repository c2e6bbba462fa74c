"""Pages that are only a wall, in shapes of our own: an Italian, a Dutch, a Portuguese and a Polish consent wall and a bot check ("Checking
your browser …") are refused naming the file, and nothing is stored; an Italian article that mentions consent and
third parties in its reporting is kept. Pages written for this test."""

from __future__ import annotations

import pytest

from cablegram.errors import InputError
from cablegram.ingest.html import document_from_html

WALLS = {
    "it": "<div class='cmp'><p>Questo sito utilizza cookie tecnici e, previo tuo consenso, cookie di profilazione, nostri "
          "e di terze parti, per mostrarti pubblicità in linea con le tue preferenze e misurare le prestazioni del sito. "
          "Puoi accettare tutti i cookie cliccando su Accetta oppure rifiutarli cliccando su Rifiuta.</p>"
          "<button>Accetta</button><button>Rifiuta</button></div>",
    "nl": "<div class='consent'><h2>Wij waarderen uw privacy</h2><p>Wij en onze 312 partners gebruiken cookies en "
          "vergelijkbare technieken om gegevens op uw apparaat op te slaan en te lezen, om advertenties en inhoud te "
          "personaliseren en om het gebruik van onze website te meten. U kunt uw keuze op elk moment wijzigen via "
          "Privacyinstellingen.</p><button>Akkoord</button></div>",
    "pt": "<div class='privacy-layer'><p>Este site utiliza cookies e tecnologias semelhantes para guardar e aceder a "
          "informações no seu dispositivo, personalizar anúncios e medir a audiência, com os nossos parceiros. "
          "Pode aceitar todos ou gerir preferências a qualquer momento.</p><button>Aceitar todos</button>"
          "<button>Gerir preferências</button></div>",
    "pl": "<div class='rodo-box'><p>Szanujemy Twoją prywatność. Używamy plików cookies, aby serwis działał poprawnie "
          "i aby wyświetlać reklamy dopasowane do Twoich zainteresowań. Możesz zmienić ustawienia prywatności w "
          "każdej chwili.</p><button>Akceptuj wszystkie</button><button>Odrzuć wszystkie</button></div>",
    "bot": "<h1>Checking your browser before accessing lagoon-post.example</h1><p>This process is automatic. Your "
           "browser will redirect to your requested content shortly. Please allow up to 5 seconds while we verify that "
           "you are a human and not a robot.</p>",
}


def _page(body: str) -> str:
    return f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>Lagoon Evening Post</title></head><body>{body}</body></html>"


@pytest.mark.parametrize("kind", sorted(WALLS))
def test_a_page_that_is_only_a_wall_is_refused_naming_the_file(kind):
    with pytest.raises(InputError) as refused:
        document_from_html(_page(WALLS[kind]), f"wall-{kind}.html")
    assert f"wall-{kind}.html" in str(refused.value)


def test_an_article_reporting_on_consent_and_third_parties_is_kept():
    article = ("<article><h1>Privacy, multa a una compagnia telefonica</h1><p>Il Garante per la privacy ha inflitto "
               "una multa di 12 milioni di euro a una compagnia telefonica che aveva chiamato migliaia di clienti "
               "senza il loro consenso, ha comunicato l'autorità giovedì a Roma.</p><p>Secondo il Garante, i dati "
               "erano stati ceduti a terze parti senza alcuna informativa, e la società ha trenta giorni per "
               "presentare ricorso.</p></article>")
    doc = document_from_html(_page(article), "garante.html")
    assert "senza il loro consenso" in doc.text and "ceduti a terze parti" in doc.text


def test_portuguese_and_polish_articles_about_privacy_and_partners_are_kept():
    """Reporting that names a privacy policy, partners or a device keeps its paragraphs."""
    pages = {
        "pt": ("<article><h1>Multa a operadora</h1><p>A autoridade de proteção de dados multou uma operadora em 2 "
               "milhões de euros por mudar a sua política de privacidade sem avisar os clientes, informou o regulador "
               "em Lisboa na quinta-feira.</p><p>A empresa disse que vai recorrer e que os nossos parceiros comerciais "
               "não receberam dados, segundo um comunicado.</p></article>", "sem avisar os clientes"),
        "pl": ("<article><h1>Kara dla sieci sklepów</h1><p>Urząd ochrony danych nałożył w czwartek karę na sieć sklepów, "
               "która zbierała dane klientów z plików cookies bez ich wiedzy, poinformował urząd w Warszawie.</p>"
               "<p>Spółka zapowiedziała odwołanie i zmianę regulaminu w ciągu miesiąca.</p></article>",
               "poinformował urząd w Warszawie"),
    }
    for lang, (article, phrase) in pages.items():
        doc = document_from_html(_page(article), f"article-{lang}.html")
        assert phrase in doc.text, (lang, doc.text)
