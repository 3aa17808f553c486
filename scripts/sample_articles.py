"""Invented news articles the sample inputs are built from (no real article text).

Every name of a reporter, publication and quote here is made up; places and offices are
real so that the pipeline has something to resolve. `scripts/make-samples` renders them
as HTML pages, a PDF, an RSS feed and a WARC archive.
"""
from __future__ import annotations

BORDER = {
    "slug": "kenya-tanzania-border",
    "headline": "Kenya and Tanzania agree to reopen Namanga crossing to lorries",
    "published": "2026-03-14T09:30:00+03:00",
    "byline": ["Amina Wekesa", "Joseph Mrema"],
    "publisher": "The Meridian Herald",
    "url": "https://meridian-herald.example/world/africa/2026/03/14/kenya-tanzania-namanga-crossing",
    "credit": "Photo: Daniel Otieno / Meridian",
    "paragraphs": [
        "NAIROBI, March 14 (Meridian) - Kenya and Tanzania agreed on Saturday to reopen the Namanga "
        "border crossing to cargo lorries from Monday, ending a three-week dispute over customs fees "
        "that had left hundreds of drivers stranded on both sides of the frontier.",
        "Kenyan Trade Minister Grace Wanjiru and her Tanzanian counterpart, Hamisi Mfinanga, signed the "
        "agreement after two days of talks in Arusha. \"The border is open for business again, and our "
        "traders will not pay twice for the same goods,\" Wanjiru told reporters after the signing.",
        "Under the deal, both countries will honour a single customs declaration filed at a joint "
        "inspection post, a system first proposed by the East African Community in 2019. Mfinanga said "
        "Tanzania would refund fees collected since late February within thirty days.",
        "Lorry drivers had blocked the main highway near the crossing last week, and the Kenya Transporters "
        "Association said its members had lost about 40 million shillings a day during the closure.",
        "The East African Community secretariat welcomed the agreement and urged both governments to "
        "publish the new fee schedule before the end of the month. Uganda and Rwanda, whose goods also "
        "pass through Namanga, sent observers to the Arusha talks.",
        "Officials said a technical committee would meet in Nairobi next Thursday to settle the remaining "
        "questions about perishable goods and livestock.",
    ],
}

LITHIUM = {
    "slug": "chile-argentina-lithium",
    "headline": "Chile's foreign minister in Buenos Aires for talks on lithium corridor",
    "published": "2026-02-03T16:05:00-03:00",
    "byline": ["Lucía Ferrán"],
    "publisher": "Diario del Cono Sur",
    "url": "https://conosur.example/politica/2026/02/03/canciller-chile-buenos-aires-litio",
    "paragraphs": [
        "BUENOS AIRES, Feb 3 - Chile's Foreign Minister Tomás Echeverría arrived in Buenos Aires on Tuesday "
        "for two days of talks with Argentine officials on a shared corridor for lithium exports through "
        "the Andes, the Argentine foreign ministry said.",
        "Echeverría is due to meet Argentina's foreign minister at the San Martín Palace on Wednesday. "
        "Both governments want to cut the time it takes for lithium carbonate from the salt flats of "
        "Catamarca and Jujuy to reach Chile's Pacific ports at Antofagasta and Mejillones.",
        "\"We are neighbours who have spent too long competing for the same buyers,\" Echeverría said on "
        "arrival. Argentine officials said the talks would also cover a road tunnel under the Agua Negra "
        "pass, a project delayed for more than a decade.",
        "Mining companies in the region have asked both governments for a common rulebook on water use, "
        "a demand that Indigenous communities in the Atacama plateau have backed.",
    ],
}

FLOODS = {
    "slug": "norway-bangladesh-flood-aid",
    "headline": "Norway pledges flood aid to Bangladesh as rivers keep rising",
    "published": "2026-07-22",
    "byline": ["Ingrid Solberg"],
    "publisher": "Evening Ledger",
    "paragraphs": [
        "OSLO, July 22 - Norway will give Bangladesh 150 million crowns in emergency aid after floods in "
        "the northeast of the country displaced more than 600,000 people, the Norwegian foreign ministry "
        "said on Wednesday.",
        "The money will go to the World Food Programme and to the Bangladesh Red Crescent Society, which "
        "are running shelters in the districts of Sylhet and Sunamganj. Norway's development minister, "
        "Kari Aasland, said the first payment would be made on Friday.",
        "\"The water has not stopped rising, and neither will our support,\" Aasland said in a statement. "
        "Officials in Dhaka said the Surma and Kushiyara rivers were still above the danger mark and that "
        "more rain was forecast for the coming week.",
        "Bangladesh's disaster management ministry said at least 31 people had died since the floods began "
        "on July 15, most of them in collapsed houses or swept away while crossing flooded roads. The army "
        "has deployed boats and helicopters to reach villages that have been cut off for several days.",
        "The United Nations Children's Fund warned of a rising risk of waterborne disease in the shelters "
        "and asked donors for a further 20 million dollars. The European Union and Japan announced "
        "smaller contributions on Tuesday.",
        "Bangladesh's foreign minister thanked Norway in a call with his Norwegian counterpart and said "
        "reconstruction would take months once the water recedes. Aid groups said damaged embankments "
        "along the Surma would need to be rebuilt before the next monsoon season.",
        "A Norwegian delegation is expected to visit Sylhet next month to assess longer-term needs, the "
        "ministry said, adding that Norway would also fund repairs to schools used as shelters.",
    ],
}

PATROLS = {
    "slug": "indonesia-australia-patrols",
    "headline": "Indonesia and Australia sign maritime patrol pact for Timor Sea",
    "published": "2026-05-09T11:00:00+07:00",
    "byline": ["Rizky Pratama"],
    "publisher": "Archipelago Wire",
    "url": "https://archipelago-wire.example/news/2026/05/09/indonesia-australia-timor-sea-patrols",
    "paragraphs": [
        "JAKARTA, May 9 - Indonesia and Australia signed an agreement on Saturday to run joint naval "
        "patrols in the Timor Sea against illegal fishing and people smuggling, the Indonesian defence "
        "ministry said.",
        "Indonesian Defence Minister Bambang Wiratmoko and Australia's defence minister signed the pact in "
        "Jakarta after a meeting that lasted most of the morning. The first joint patrol is planned for "
        "August, officials said.",
        "\"No single navy can watch these waters alone,\" Wiratmoko told a news conference. Under the "
        "agreement, each country will share radar data and allow the other's ships to refuel at its ports "
        "in Kupang and Darwin.",
        "Timor-Leste, which borders the patrol area, was briefed on the deal last week, an Australian "
        "embassy spokeswoman said. Fishing communities in East Nusa Tenggara have complained for years "
        "about foreign trawlers operating close to their coast.",
    ],
}

ELECTION = {
    "slug": "ghana-electoral-commission",
    "headline": "Ghana's electoral commission rejects opposition call for voter roll audit",
    "published": "2026-09-30T18:20:00+00:00",
    "byline": ["Kwame Asante"],
    "publisher": "Archipelago Wire",
    "url": "https://archipelago-wire.example/news/2026/09/30/ghana-electoral-commission-voter-roll",
    "paragraphs": [
        "ACCRA, Sept 30 - Ghana's electoral commission on Wednesday rejected a demand by the main opposition "
        "party for an independent audit of the voter roll, saying its own review had found no evidence of "
        "duplicate registrations.",
        "Commission chairwoman Abena Owusu told reporters in Accra that observers from the African Union "
        "had been invited to follow the final checks. The opposition said it would take the matter to the "
        "Supreme Court.",
    ],
}

FEED_ITEMS = [
    {
        "headline": "Mongolia and Kazakhstan agree to link power grids",
        "published": "Mon, 12 Oct 2026 08:15:00 +0800",
        "url": "https://steppe-news.example/2026/10/12/mongolia-kazakhstan-power-grid",
        "author": "desk@steppe-news.example (Batbayar Enkhjargal)",
        "html": "<p>ULAANBAATAR, Oct 12 - Mongolia and Kazakhstan signed an agreement on Monday to connect "
                "their power grids by 2029, Mongolia's energy ministry said.</p><p>The line will run through "
                "western Mongolia and let both countries trade surplus wind and coal power, officials said. "
                "Kazakh Energy Minister Serik Abenov called it \"a first step towards a Central Asian "
                "market\".</p>",
    },
    {
        "headline": "Peru recalls ambassador from Bolivia after border incident",
        "published": "Sun, 11 Oct 2026 21:40:00 -0500",
        "url": "https://steppe-news.example/2026/10/11/peru-recalls-ambassador-bolivia",
        "author": "",
        "html": "LIMA, Oct 11 - Peru recalled its ambassador from La Paz for consultations on Sunday after "
                "Bolivian soldiers detained two Peruvian farmers near Lake Titicaca, Peru's foreign "
                "ministry said. Bolivia said the men had crossed the border by mistake and would be "
                "released on Monday.",
    },
    {
        "headline": "Finland hosts Nordic defence ministers in Rovaniemi",
        "published": "Sat, 10 Oct 2026 12:00:00 +0300",
        "url": "https://steppe-news.example/2026/10/10/nordic-defence-ministers-rovaniemi",
        "author": "desk@steppe-news.example (Liisa Korhonen)",
        "html": "<p>HELSINKI, Oct 10 - Defence ministers from Finland, Sweden, Norway, Denmark and Iceland met "
                "in Rovaniemi on Saturday to plan joint air exercises over Lapland next spring.</p>",
    },
]
