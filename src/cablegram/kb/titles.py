"""Office titles and office metonyms that name a person only through the date.

"the Secretary of State" names whoever held the office on the document's date; so does
"Ukraine's top diplomat". Seats of government ("the Kremlin") stand for the government. Each entry is (phrase, role, default country);
a country or organisation written next to the title ("Ukrainian", "NATO", "of Ukraine")
overrides the default. A title with neither is left unresolved.
"""

from __future__ import annotations

TITLES: tuple[tuple[str, str, str | None], ...] = (
    ("secretary of state", "foreign_minister", "USA"),
    ("secretary of state for foreign affairs", "foreign_minister", "GBR"),
    ("secretary of state for defence", "defence_minister", "GBR"),
    ("foreign secretary", "foreign_minister", "GBR"),
    ("foreign minister", "foreign_minister", None),
    ("foreign affairs minister", "foreign_minister", None),
    ("minister of foreign affairs", "foreign_minister", None),
    ("minister for foreign affairs", "foreign_minister", None),
    ("top diplomat", "foreign_minister", None),
    ("chief diplomat", "foreign_minister", None),
    ("defence minister", "defence_minister", None),
    ("defense minister", "defence_minister", None),
    ("minister of defence", "defence_minister", None),
    ("minister of defense", "defence_minister", None),
    ("defence secretary", "defence_minister", "GBR"),
    ("defense secretary", "defence_minister", "USA"),
    ("secretary of defense", "defence_minister", "USA"),
    ("president", "head_of_state", None),
    ("vice president", "vice_president", None),
    ("vice-president", "vice_president", None),
    ("prime minister", "head_of_government", None),
    ("premier", "head_of_government", None),
    ("chancellor", "head_of_government", None),  # needs "German"/"Austrian": UK papers mean the Exchequer
    ("secretary general", "secretary_general", "IGO.UN"),
    ("chief", "secretary_general", None),
    ("high representative", "high_representative", "IGO.EU"),
    ("foreign policy chief", "high_representative", "IGO.EU"),
    ("secretary", "foreign_minister", "USA"),  # State Department readouts: "The Secretary met ..."
    ("national security adviser", "national_security_adviser", "USA"),
    ("national security advisor", "national_security_adviser", "USA"),
    ("head of the presidential office", "chief_of_staff", None),
    ("head of the presidential administration", "chief_of_staff", None),
    ("presidential chief of staff", "chief_of_staff", None),
    ("head of the office of the president", "chief_of_staff", None),
    ("chief of staff", "chief_of_staff", None),
    ("kremlin spokesman", "spokesperson", "RUS"),
    ("kremlin spokeswoman", "spokesperson", "RUS"),
    ("kremlin spokesperson", "spokesperson", "RUS"),
    ("press secretary", "spokesperson", None),
    ("white house press secretary", "spokesperson", "USA"),
    ("foreign ministry spokeswoman", "foreign_ministry_spokesperson", None),
    ("foreign ministry spokesman", "foreign_ministry_spokesperson", None),
    ("foreign ministry spokesperson", "foreign_ministry_spokesperson", None),
    ("foreign policy chief", "high_representative", "IGO.EU"),
    ("eu foreign policy chief", "high_representative", "IGO.EU"),
    ("home secretary", "interior_minister", "GBR"),
    ("interior minister", "interior_minister", None),
    ("ambassador to the un", "ambassador", None),
    ("un envoy for syria", "envoy", "IGO.UN"),
    ("un special envoy for syria", "envoy", "IGO.UN"),
    ("special envoy for syria", "envoy", "IGO.UN"),
    ("special envoy", "envoy", None),  # "the UN special envoy": only a holder the text names (NAMED_OFFICES)
    ("minister of foreign and european affairs", "foreign_minister", None),
    ("minister for europe and foreign affairs", "foreign_minister", None),
    ("minister of europe and foreign affairs", "foreign_minister", None),
    ("minister of foreign affairs and trade", "foreign_minister", None),
    ("minister for foreign affairs and trade", "foreign_minister", None),
    ("secretary of foreign affairs", "foreign_minister", None),
    ("minister of external affairs", "foreign_minister", None),
    ("external affairs minister", "foreign_minister", None),
    # "the Russian leader", "Israel's leader", "the Hezbollah leader": whoever leads that state or group
    # on the date (see LEADER_ROLES); never on its own ("the opposition leader", "the leader said").
    ("leader", "leader", None),
    ("supreme leader", "supreme_leader", None),  # "Iran's supreme leader", "the North Korean supreme leader"
    # Monarchs by title, with their state written next to it ("Jordan's king", "the emir of Qatar").
    ("king", "head_of_state", None),
    ("queen", "head_of_state", None),
    ("emir", "head_of_state", None),
    ("sultan", "head_of_state", None),
    ("monarch", "head_of_state", None),
    # a sub-national head of government ("the chief minister" of an Indian state): only the holder the text
    # names before it, the KB having no sub-national states to qualify it with
    ("chief minister", "regional_head_of_government", None),
    ("army chief", "military_commander", None),
    ("commander in chief", "military_commander", None),
    ("chief of the general staff", "military_commander", None),
)

# Titles that need a capital letter and a preceding "the" to count on their own.
BARE_TITLES = frozenset({"secretary", "chief", "premier", "chancellor"})

# Offices of which a body has many holders at once, most of them absent from the KB (a UN envoy for each
# crisis): the title names a holder only when the text names that holder too ("the UN special envoy ...
# Staffan de Mistura said").
NAMED_OFFICES = frozenset({"envoy"})

# Titles that stand for nobody without a state or group written next to them ("the Russian leader").
QUALIFIED_TITLES = frozenset({"leader", "king", "queen", "emir", "sultan", "monarch"})

# Nouns after a leader's name that make the phrase the leader's government, which acts for the state
# ("the Trump administration", "the Assad regime", "the Erdoğan government"), not the person.
LEADER_GOVERNMENTS = frozenset({"administration", "regime", "government", "cabinet", "junta"})

# Who "leader" names, in order of preference: a group's leader; for a state, its head of government
# where the head of government leads (parliamentary systems and constitutional monarchies:
# HEAD_OF_GOVERNMENT_LEADS), else its head of state; then the older sources' national leader.
LEADER_ROLES = {"group": ("group_leader",),
                "government": ("head_of_government", "head_of_state", "national_leader"),
                "state": ("head_of_state", "head_of_government", "national_leader")}
HEAD_OF_GOVERNMENT_LEADS = frozenset("""
AUS AUT BEL BGD BGR CAN CZE DEU DNK ESP EST GBR GRC HRV HUN IND IRL IRQ ISR ITA JPN KHM LBN LUX LVA MLT MYS
NLD NOR NPL NZL PAK SGP SVK SVN SWE THA ARM GEO ALB MNE ETH
""".split())

# Buildings and places that stand for an office holder (written with a capital, usually after "the").
# (Seats of government — the Kremlin, the White House, Downing Street — speak for the government,
# not the leader: they are in INSTITUTION_METONYMS below.)
OFFICE_METONYMS: tuple[tuple[str, str, str], ...] = ()

# When nobody is on record for these roles on the date, a national leader (head of state or
# government, not told apart by the older source) is the next best answer.
ROLE_FALLBACK = {"head_of_state": "national_leader", "head_of_government": "national_leader"}

# Bodies of a state that speak or act for it: "the Government of Marenia", "the Marenian
# government", "Marenia's foreign ministry", "the X armed forces" resolve to the state itself
# (mention method "institution"), not to a new organisation. Folded by the resolver like aliases.
STATE_INSTITUTIONS: tuple[str, ...] = (
    "government", "govt", "administration", "cabinet", "parliament", "legislature", "presidency",
    "ministry", "foreign ministry", "foreign affairs ministry", "ministry of foreign affairs",
    "ministry for foreign affairs", "defence ministry", "defense ministry", "ministry of defence",
    "ministry of defense", "interior ministry", "ministry of the interior", "finance ministry",
    "ministry of finance", "foreign office", "armed forces", "army", "military", "navy", "air force",
    "embassy", "authorities", "foreign service", "defence forces", "defense forces", "defence force", "defense force",
    "police force", "state department",
    "department of defense", "department of defence", "defense department", "defence department",
    "security forces", "security services", "intelligence services", "treasury", "home office",
    # the ruling military of a state after a coup ("the Malian junta", "Niger's military rulers") is its government
    "junta", "military junta", "ruling junta", "military government", "military rulers", "military leaders",
    "transitional government", "transitional authorities",
)

# Collective names of blocs and alliances: "the bloc", "the 27-nation bloc", "the western alliance"
# stand for the bloc or alliance of that kind the document named last (candidate ids, latest mention
# wins); written with a capital and nothing named ("the Alliance"), the default when there is one.
COLLECTIVE_NAMES: tuple[tuple[str, tuple[str, ...], str | None], ...] = (
    ("bloc", ("IGO.EU", "IGO.ASEAN", "IGO.AU", "IGO.GCC", "IGO.ECOWAS", "IGO.mercosur", "IGO.EAEU", "IGO.BRICS",
              "IGO.SADC", "IGO.CIS", "IGO.SCO", "IGO.G7", "IGO.G20"), None),
    ("alliance", ("IGO.NATO", "IGO.CSTO"), "IGO.NATO"),
    ("allies", ("IGO.NATO",), None),
    ("union", ("IGO.EU", "IGO.AU", "IGO.EAEU", "IGO.european-commission"), None),
    ("cartel", ("IGO.OPEC", "IGO.opec-plus"), None),
    ("council", ("IGO.UNSC",), None),  # "the 15-member council" after the Security Council
    ("league", ("IGO.arab-league",), None),
    ("grouping", ("IGO.BRICS", "IGO.G7", "IGO.G20", "IGO.SCO", "IGO.ASEAN"), None),
    ("commission", ("IGO.european-commission", "IGO.EU"), "IGO.european-commission"),
    ("europeans", ("IGO.EU",), "IGO.EU"),  # "the Europeans rejected the plan": the EU's governments
    ("quartet", ("IGO.middle-east-quartet",), "IGO.middle-east-quartet"),  # "the Quartet statement"
)

# A collective name read for a body of the organisation named before it: "the Commission" after
# "the European Union" is the European Commission. (noun, organisation named) → the body's id.
COLLECTIVE_BODIES = {("commission", "IGO.EU"): "IGO.european-commission",
                     ("union", "IGO.european-commission"): "IGO.EU"}  # "the Commission ... the Union budget"

# Collective names that count only with a capital letter ("the Commission", not "the commission"
# of an inquiry or an election).
CAPITALISED_COLLECTIVES = frozenset({"commission"})

# Metonyms that are a building or a street as well (a seat of government): "talks at the Kremlin" is the
# building. The others (ministries by name, armed services, aid agencies) are bodies wherever they stand:
# "a minister at the DfID" works for it.
SEAT_BUILDINGS = frozenset({
    "kremlin", "white house", "pentagon", "downing street", "number 10", "no 10", "elysee", "elysee palace",
    "bankova", "whitehall", "foggy bottom", "quai d'orsay", "farnesina", "zhongnanhai", "blue house", "casa rosada",
    "planalto palace", "palacio de miraflores", "miraflores palace", "palazzo chigi", "kantei", "south block",
    "casa de narino", "narino palace", "carondelet palace", "palacio de carondelet", "palacio quemado",
    "malacanang", "malacanang palace", "aso rock", "aso villa", "villa somalia", "akorda", "ak orda",
    "rashtrapati bhavan", "quirinale", "quirinal palace", "baabda palace", "bangabhaban", "carthage palace",
    "moncloa", "itamaraty",
    # short forms wires use once the seat is known ("Planalto announced", "the Quirinal"); "Miraflores" is a Lima district too
    "planalto", "palacio do planalto", "quirinal", "chigi", "carondelet",
})

# Ministries known by a building or a street: each stands for its state, whatever the date.
INSTITUTION_METONYMS: tuple[tuple[str, str], ...] = (
    ("kremlin", "RUS"),
    ("white house", "USA"),
    ("pentagon", "USA"),
    ("downing street", "GBR"),
    ("number 10", "GBR"),
    ("no 10", "GBR"),
    ("elysee", "FRA"),
    ("elysee palace", "FRA"),
    ("bankova", "UKR"),
    ("home office", "GBR"),
    ("state department", "USA"),
    ("department of state", "USA"),
    ("us state department", "USA"),
    ("foggy bottom", "USA"),
    ("foreign office", "GBR"),
    ("foreign and commonwealth office", "GBR"),
    ("foreign commonwealth and development office", "GBR"),
    ("whitehall", "GBR"),
    ("quai d'orsay", "FRA"),
    ("auswartiges amt", "DEU"),
    ("farnesina", "ITA"),
    ("zhongnanhai", "CHN"),
    ("blue house", "KOR"),  # the South Korean presidential office until 2022
    ("casa rosada", "ARG"),
    ("planalto palace", "BRA"),
    ("palacio de miraflores", "VEN"),
    ("miraflores palace", "VEN"),
    ("palazzo chigi", "ITA"),
    ("kantei", "JPN"),
    ("south block", "IND"),
    # Presidential and government seats other wires name for their state (public record of each seat).
    ("casa de narino", "COL"),
    ("narino palace", "COL"),
    ("carondelet palace", "ECU"),
    ("palacio de carondelet", "ECU"),
    ("palacio quemado", "BOL"),
    ("malacanang", "PHL"),
    ("malacanang palace", "PHL"),
    ("aso rock", "NGA"),
    ("aso villa", "NGA"),
    ("villa somalia", "SOM"),
    ("akorda", "KAZ"),
    ("ak orda", "KAZ"),
    ("rashtrapati bhavan", "IND"),
    ("quirinale", "ITA"),
    ("quirinal palace", "ITA"),
    ("baabda palace", "LBN"),
    ("bangabhaban", "BGD"),
    ("carthage palace", "TUN"),
    ("moncloa", "ESP"),
    ("itamaraty", "BRA"),
    ("planalto", "BRA"),  # short forms of the seats above
    ("palacio do planalto", "BRA"),
    ("quirinal", "ITA"),
    ("chigi", "ITA"),
    ("carondelet", "ECU"),
    # A state's armed services act for the state (the KB has no sub-unit notion: the force is the state).
    ("royal air force", "GBR"),
    ("raf", "GBR"),
    ("royal navy", "GBR"),
    ("british army", "GBR"),
    ("royal australian air force", "AUS"),
    ("royal canadian air force", "CAN"),
    ("royal canadian navy", "CAN"),
    ("idf", "ISR"),
    ("israel defense forces", "ISR"),
    ("israel defence forces", "ISR"),
    ("israeli defense forces", "ISR"),
    ("israeli defence forces", "ISR"),
    ("people's liberation army", "CHN"),  # China's armed forces (the Irish group of that name is the INLA)
    ("pla", "CHN"),
    ("bundeswehr", "DEU"),
    ("tatmadaw", "MMR"),
    # A state's intelligence and police services and its military commands act for the state too
    # ("the CIA", "the FBI director", "US Central Command"); names that are also other bodies' acronyms
    # (FSB, ISI, NSA) are left out.
    ("cia", "USA"),
    ("central intelligence agency", "USA"),
    ("fbi", "USA"),
    ("federal bureau of investigation", "USA"),
    ("us central command", "USA"),
    ("central command", "USA"),
    ("centcom", "USA"),
    ("mi5", "GBR"),
    ("mi6", "GBR"),
    ("gchq", "GBR"),
    ("scotland yard", "GBR"),
    ("mossad", "ISR"),
    ("shin bet", "ISR"),
    ("gru", "RUS"),
    ("sbu", "UKR"),
    # US federal law-enforcement and revenue bodies named in the Guardian sample (IRS, Justice Department).
    ("irs", "USA"),
    ("internal revenue service", "USA"),
    ("justice department", "USA"),
    ("us justice department", "USA"),
    ("us department of justice", "USA"),
    ("federal bureau of prisons", "USA"),
    # National development and aid agencies act for their state (donors in aid reporting).
    ("usaid", "USA"),
    ("us agency for international development", "USA"),
    ("united states agency for international development", "USA"),
    ("dfid", "GBR"),
    ("department for international development", "GBR"),
    ("fcdo", "GBR"),
    # Foreign ministries known by a name of their own: Australia's (since 1987), India's, South Africa's. Known limits
    # (the metonyms carry no dates): Ireland's bore Australia's long name in 2011-2020 and Sri Lanka's was a ministry
    # of external affairs in about 2010-2015, so an Irish or Sri Lankan story of those years is read as Australia's
    # or India's.
    ("department of foreign affairs and trade", "AUS"),
    ("dfat", "AUS"),
    ("ministry of external affairs", "IND"),
    ("indian ministry of external affairs", "IND"),
    ("department of international relations and cooperation", "ZAF"),
    ("dirco", "ZAF"),
    ("federal foreign office", "DEU"),
    ("german federal foreign office", "DEU"),
    ("jica", "JPN"),
    ("japan international cooperation agency", "JPN"),
    ("giz", "DEU"),
    ("global affairs canada", "CAN"),
    ("danida", "DNK"),
    ("agence francaise de developpement", "FRA"),
    ("french development agency", "FRA"),
    ("swedish international development cooperation agency", "SWE"),
    ("koica", "KOR"),
    ("korea international cooperation agency", "KOR"),
)

# Ministries (of INSTITUTION_METONYMS) that name their state in lower case too: British papers write "the state
# department"; no other body goes by these words ("the home office", "the foreign office" in lower case may be
# anyone's).
LOWER_CASE_METONYMS = frozenset({"state department", "us state department", "justice department",
                                 "us justice department"})
