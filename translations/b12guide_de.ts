<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>DiaryText</name>
    <message>
        <source>Symptom check-in</source>
        <translation>Symptome</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>Behandlung</translation>
    </message>
    <message>
        <source>Blood test</source>
        <translation>Blutwert</translation>
    </message>
    <message>
        <source>injection</source>
        <translation>Spritze</translation>
    </message>
    <message>
        <source>tablet</source>
        <translation>Tablette</translation>
    </message>
    <message>
        <source>nasal or mouth spray</source>
        <translation>Nasen- oder Mundspray</translation>
    </message>
    <message>
        <source>other</source>
        <translation>andere</translation>
    </message>
    <message>
        <source>total B12</source>
        <translation>Gesamt-B12</translation>
    </message>
    <message>
        <source>active B12 (holotranscobalamin)</source>
        <translation>aktives B12 (Holotranscobalamin)</translation>
    </message>
    <message>
        <source>MMA (methylmalonic acid)</source>
        <translation>MMA (Methylmalonsäure)</translation>
    </message>
    <message>
        <source>homocysteine</source>
        <translation>Homocystein</translation>
    </message>
    <message>
        <source>folate</source>
        <translation>Folat</translation>
    </message>
    <message>
        <source>haemoglobin</source>
        <translation>Hämoglobin</translation>
    </message>
    <message>
        <source>MCV (red cell size)</source>
        <translation>MCV (Größe der roten Blutkörperchen)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>gar nicht</translation>
    </message>
    <message>
        <source>mild</source>
        <translation>leicht</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>mittel</translation>
    </message>
    <message>
        <source>severe</source>
        <translation>stark</translation>
    </message>
    <message>
        <source> (%1 %2)</source>
        <extracomment>A blood test value in the other unit, after the one entered: &quot;140 pmol/L (189.7 ng/L)&quot;.</extracomment>
        <translation> (%1 %2)</translation>
    </message>
    <message>
        <source>leg pain %1 of 10</source>
        <translation>Beinschmerzen %1 von 10</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>no symptoms</source>
        <translation>keine Symptome</translation>
    </message>
    <message>
        <source>Blood test: %1 %2</source>
        <translation>Blutwert: %1 %2</translation>
    </message>
    <message>
        <source>lab&apos;s range: %1</source>
        <extracomment>The reference range exactly as the lab printed it.</extracomment>
        <translation>Bereich des Labors: %1</translation>
    </message>
    <message>
        <source>Treatment: %1</source>
        <translation>Behandlung: %1</translation>
    </message>
    <message>
        <source>“%1”</source>
        <extracomment>A note the person wrote, after the entry&apos;s details.</extracomment>
        <translation>„%1“</translation>
    </message>
    <message numerus="yes">
        <source>%n earlier, not named</source>
        <extracomment>Before the latest entries named in the chart&apos;s description.</extracomment>
        <translation>
            <numerusform>%n früherer, nicht genannt</numerusform>
            <numerusform>%n frühere, nicht genannt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Leg pain by week, from the week of %1 to the week of %2: pain noted in %3 of %n weeks.</source>
        <translation>
            <numerusform>Beinschmerzen je Woche, von der Woche des %1 bis zur Woche des %2: Schmerzen notiert in %3 von %n Woche.</numerusform>
            <numerusform>Beinschmerzen je Woche, von der Woche des %1 bis zur Woche des %2: Schmerzen notiert in %3 von %n Wochen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The latest of them, the week of %1: mean %2, highest %3.</source>
        <translation>Die letzte davon, die Woche des %1: Mittelwert %2, höchster Wert %3.</translation>
    </message>
    <message>
        <source>No treatments.</source>
        <translation>Keine Behandlungen.</translation>
    </message>
    <message>
        <source>Treatments: %1.</source>
        <translation>Behandlungen: %1.</translation>
    </message>
    <message>
        <source>No blood tests.</source>
        <translation>Keine Blutwerte.</translation>
    </message>
    <message>
        <source>Blood tests: %1.</source>
        <translation>Blutwerte: %1.</translation>
    </message>
    <message>
        <source>No symptoms rated in these weeks.</source>
        <translation>In diesen Wochen keine Beschwerden bewertet.</translation>
    </message>
    <message>
        <source>%1: 1 day</source>
        <translation>%1: 1 Tag</translation>
    </message>
    <message>
        <source>%1: %2 days</source>
        <translation>%1: %2 Tage</translation>
    </message>
    <message>
        <source>Days with each symptom in these weeks: %1.</source>
        <translation>Tage mit jeder Beschwerde in diesen Wochen: %1.</translation>
    </message>
</context>
<context>
    <name>DiaryTrendDrawing</name>
    <message>
        <source>week of %1</source>
        <extracomment>Under the right end of the diary&apos;s trend chart: the start of the current week.</extracomment>
        <translation>Woche des %1</translation>
    </message>
    <message>
        <source>T</source>
        <extracomment>The letter that marks a treatment in the diary&apos;s trend chart.</extracomment>
        <translation>B</translation>
    </message>
    <message>
        <source>B</source>
        <extracomment>The letter that marks a blood test in the diary&apos;s trend chart.</extracomment>
        <translation>L</translation>
    </message>
    <message>
        <source>Leg pain 0–10, by week:</source>
        <translation>Beinschmerzen 0–10, je Woche:</translation>
    </message>
    <message>
        <source>mean</source>
        <translation>Mittelwert</translation>
    </message>
    <message>
        <source>highest</source>
        <translation>höchster Wert</translation>
    </message>
    <message>
        <source>T treatment, B blood test</source>
        <translation>B Behandlung, L Blutwert (Labor)</translation>
    </message>
</context>
<context>
    <name>RiskChartDrawing</name>
    <message>
        <source>People with B12 below the cut-off (%)</source>
        <translation>Menschen mit B12 unter dem Grenzwert (%)</translation>
    </message>
    <message>
        <source>People with B12 in the “marginal” range just above it (%)</source>
        <translation>Menschen mit B12 im „grenzwertigen“ Bereich knapp darüber (%)</translation>
    </message>
    <message>
        <source>Age group (years)</source>
        <translation>Altersgruppe (Jahre)</translation>
    </message>
    <message>
        <source>Your age group</source>
        <translation>Ihre Altersgruppe</translation>
    </message>
</context>
<context>
    <name>RiskText</name>
    <message>
        <source>about %1%</source>
        <translation>etwa %1&#xa0;%</translation>
    </message>
    <message>
        <source>%1% or more</source>
        <translation>%1&#xa0;% oder mehr</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>%1 and over</source>
        <translation>ab %1</translation>
    </message>
    <message>
        <source>%1: this source gives no figure for this age group</source>
        <translation>%1: Diese Quelle nennt für diese Altersgruppe keinen Wert</translation>
    </message>
    <message>
        <source>Counts people in the “marginal” range just above the deficiency cut-off, not people below it.</source>
        <translation>Zählt Menschen im „grenzwertigen“ Bereich knapp oberhalb des Grenzwerts für einen Mangel, nicht Menschen darunter.</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Quelle: %1</translation>
    </message>
    <message>
        <source>Cut-off: %1</source>
        <translation>Grenzwert: %1</translation>
    </message>
    <message>
        <source>, surveyed %1</source>
        <translation>, erhoben %1</translation>
    </message>
    <message>
        <source>, %1 people measured</source>
        <translation>, Messwerte von %1 Personen</translation>
    </message>
    <message>
        <source>People: %1</source>
        <translation>Untersuchte Gruppe: %1</translation>
    </message>
    <message>
        <source>%1 (%2). %3</source>
        <comment>authors (year). title</comment>
        <translation>%1 (%2). %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>ages: percent</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 — %2.</source>
        <translation>%1 — %2.</translation>
    </message>
    <message>
        <source>%1
(all %2)</source>
        <comment>table cell: percent, the source&apos;s age range</comment>
        <translation>%1
(alle %2)</translation>
    </message>
    <message>
        <source>Shown as “%1”: %2.</source>
        <translation>Gezeigt als „%1“: %2.</translation>
    </message>
    <message>
        <source>≥%1%</source>
        <comment>at least this percent</comment>
        <translation>≥%1&#xa0;%</translation>
    </message>
    <message>
        <source>%1: %2, %3</source>
        <comment>ages: percent, series name</comment>
        <translation>%1: %2, %3</translation>
    </message>
    <message>
        <source>Reported for all ages %1 as one group, not for each age group.</source>
        <translation>Für alle Altersstufen %1 als eine Gruppe angegeben, nicht für jede Altersgruppe einzeln.</translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation>Quellen: %1</translation>
    </message>
    <message>
        <source>Chart of how many people had low vitamin B12 in published studies, by age group (%1): one row per source and cut-off, one bar per figure across the age groups it was reported for; the figures below the deficiency cut-off apart from the “marginal” ones just above it.</source>
        <translation>Diagramm: wie viele Menschen in veröffentlichten Studien einen niedrigen Vitamin-B12-Spiegel hatten, nach Altersgruppe (%1): eine Zeile je Quelle und Grenzwert, ein Balken je Wert über die Altersgruppen, für die er angegeben wurde; die Werte unter dem Mangel-Grenzwert getrennt von den „grenzwertigen“ knapp darüber.</translation>
    </message>
</context>
<context>
    <name>b12::app::AnswersStore</name>
    <message>
        <source>%1 could not be deleted: %2</source>
        <translation>%1 konnte nicht gelöscht werden: %2</translation>
    </message>
    <message>
        <source>Your answers could not be saved in %1: %2. They are kept while B12 Guide is open; use “Export answers…” to keep a copy.</source>
        <translation>Ihre Antworten konnten nicht in %1 gespeichert werden: %2. Sie bleiben erhalten, solange B12 Guide geöffnet ist; mit „Antworten exportieren…“ können Sie eine Kopie sichern.</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Your saved answers could not be read, so the questionnaire starts empty. The file was kept, unchanged, as:
%2
(Reason: %1)</source>
        <translation>Ihre gespeicherten Antworten konnten nicht gelesen werden, deshalb beginnt der Fragebogen leer. Die Datei wurde unverändert aufbewahrt unter:
%2
(Grund: %1)</translation>
    </message>
    <message>
        <source>Your saved answers could not be read, and the file could not be moved aside. So that it is not overwritten, new answers are not saved. Move or rename the file, then start B12 Guide again:
%1
(Reason: %2)</source>
        <translation>Ihre gespeicherten Antworten konnten nicht gelesen werden, und die Datei ließ sich nicht beiseitelegen. Damit sie nicht überschrieben wird, werden neue Antworten nicht gespeichert. Verschieben Sie die Datei oder benennen Sie sie um, und starten Sie B12 Guide dann neu:
%1
(Grund: %2)</translation>
    </message>
    <message>
        <source>could not be read: %1</source>
        <translation>konnte nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>b12::app::Application</name>
    <message>
        <source>B12 Guide</source>
        <translation>B12 Guide</translation>
    </message>
    <message>
        <source>The article could not be loaded:
%1</source>
        <translation>Der Artikel konnte nicht geladen werden:
%1</translation>
    </message>
    <message>
        <source>The questionnaire could not be loaded:
%1</source>
        <translation>Der Fragebogen konnte nicht geladen werden:
%1</translation>
    </message>
    <message>
        <source>unknown page &quot;%1&quot;; pages: %2</source>
        <translation>unbekannte Seite „%1“; Seiten: %2</translation>
    </message>
    <message>
        <source>unknown section &quot;%1&quot;; see --list-sections</source>
        <translation>unbekannter Abschnitt „%1“; siehe --list-sections</translation>
    </message>
    <message>
        <source>Your saved answers</source>
        <translation>Ihre gespeicherten Antworten</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>Glossar</translation>
    </message>
    <message>
        <source>The glossary could not be read, so the article is shown without its explanations of words:
%1</source>
        <translation>Das Glossar konnte nicht gelesen werden. Der Artikel wird daher ohne Worterklärungen gezeigt:
%1</translation>
    </message>
</context>
<context>
    <name>b12::app::ArticlePage</name>
    <message>
        <source>Section: %1</source>
        <translation>Abschnitt: %1</translation>
    </message>
    <message>
        <source>No section contains “%1”.</source>
        <translation>Kein Abschnitt enthält „%1“.</translation>
    </message>
    <message>
        <source>← %1</source>
        <translation>← %1</translation>
    </message>
    <message>
        <source>← Previous</source>
        <translation>← Vorheriger Abschnitt</translation>
    </message>
    <message>
        <source>%1 →</source>
        <translation>%1 →</translation>
    </message>
    <message>
        <source>Next →</source>
        <translation>Nächster Abschnitt →</translation>
    </message>
    <message>
        <source>Previous section: %1</source>
        <translation>Vorheriger Abschnitt: %1</translation>
    </message>
    <message>
        <source>Previous section</source>
        <translation>Vorheriger Abschnitt</translation>
    </message>
    <message>
        <source>Next section: %1</source>
        <translation>Nächster Abschnitt: %1</translation>
    </message>
    <message>
        <source>Next section</source>
        <translation>Nächster Abschnitt</translation>
    </message>
    <message>
        <source>Search all sections</source>
        <translation>Alle Abschnitte durchsuchen</translation>
    </message>
    <message>
        <source>Table of contents</source>
        <translation>Inhaltsverzeichnis</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Suchergebnisse</translation>
    </message>
    <message>
        <source>The text of the selected section</source>
        <translation>Der Text des gewählten Abschnitts</translation>
    </message>
    <message>
        <source>&amp;Print Section…</source>
        <translation>Abschnitt &amp;drucken…</translation>
    </message>
    <message>
        <source>1 section found:</source>
        <translation>1 Abschnitt gefunden:</translation>
    </message>
    <message>
        <source>%1 sections found:</source>
        <translation>%1 Abschnitte gefunden:</translation>
    </message>
</context>
<context>
    <name>b12::app::Cli</name>
    <message>
        <source>Open the article at the section with this id.</source>
        <translation>Den Artikel beim Abschnitt mit dieser Kennung öffnen.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>Kennung</translation>
    </message>
    <message>
        <source>page</source>
        <translation>Seite</translation>
    </message>
    <message>
        <source>Show the window and quit once it has been painted (measures start-up).</source>
        <translation>Das Fenster anzeigen und beenden, sobald es gezeichnet ist (misst die Startzeit).</translation>
    </message>
    <message>
        <source>Use this language for this run: %1 (otherwise the one last chosen in the window, or the system&apos;s).</source>
        <translation>Diese Sprache für diesen Aufruf verwenden: %1 (sonst die zuletzt im Fenster gewählte oder die des Systems).</translation>
    </message>
    <message>
        <source>code</source>
        <translation>Kürzel</translation>
    </message>
    <message>
        <source>B12 Guide: learn about vitamin B12 deficiency and leg pain, check your symptoms and prepare a doctor visit.</source>
        <translation>B12 Guide: Vitamin-B12-Mangel und Beinschmerzen verstehen, Ihre Beschwerden prüfen und einen Arztbesuch vorbereiten.</translation>
    </message>
    <message>
        <source>unknown language &quot;%1&quot;; languages: %2</source>
        <translation>unbekannte Sprache „%1“; Sprachen: %2</translation>
    </message>
    <message>
        <source>Print the questionnaire as JSON in the chosen language, then exit.</source>
        <translation>Den Fragebogen als JSON in der gewählten Sprache ausgeben, dann beenden.</translation>
    </message>
    <message>
        <source>Read an answers file (see docs/answers-format.md), print the result as JSON, then exit.</source>
        <translation>Eine Antwortdatei lesen (siehe docs/answers-format.md), das Ergebnis als JSON ausgeben, dann beenden.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Write the summary for a doctor visit as a PDF file, then exit (needs --answers; no display needed).</source>
        <translation>Die Zusammenfassung für den Arztbesuch als PDF-Datei schreiben, dann beenden (braucht --answers; keine Anzeige nötig).</translation>
    </message>
    <message>
        <source>The answers file the summary is made from.</source>
        <translation>Die Antwortdatei, aus der die Zusammenfassung entsteht.</translation>
    </message>
    <message>
        <source>Paper size of the summary: a4 or letter (otherwise the locale&apos;s).</source>
        <translation>Papierformat der Zusammenfassung: a4 oder letter (sonst das der Spracheinstellung).</translation>
    </message>
    <message>
        <source>size</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>A name to print on the summary (optional).</source>
        <translation>Ein Name, der auf der Zusammenfassung steht (freiwillig).</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Notes to print on the summary (optional).</source>
        <translation>Notizen, die auf der Zusammenfassung stehen (freiwillig).</translation>
    </message>
    <message>
        <source>Include the chart of low B12 by age in the summary.</source>
        <translation>Das Diagramm zu niedrigem B12-Spiegel nach Alter in die Zusammenfassung aufnehmen.</translation>
    </message>
    <message>
        <source>Add every entry of a diary file (see docs/diary-format.md) to the diary, all or nothing, then exit.</source>
        <translation>Alle Einträge einer Tagebuchdatei (siehe docs/diary-format.md) ins Tagebuch übernehmen, alle oder keinen, dann beenden.</translation>
    </message>
    <message>
        <source>Write the whole diary to a file ending in .json (a diary file) or .csv, then exit.</source>
        <translation>Das ganze Tagebuch in eine Datei schreiben, deren Name auf .json (eine Tagebuchdatei) oder .csv endet, dann beenden.</translation>
    </message>
    <message>
        <source>Print the diary&apos;s last weeks as JSON (see --weeks), then exit.</source>
        <translation>Die letzten Wochen des Tagebuchs als JSON ausgeben (siehe --weeks), dann beenden.</translation>
    </message>
    <message>
        <source>The weeks --diary-summary covers, this one included (default 12).</source>
        <translation>Die Wochen, die --diary-summary umfasst, diese eingeschlossen (Vorgabe 12).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Print each section as id&lt;TAB&gt;title&lt;TAB&gt;reviewed date, then exit.</source>
        <translation>Jeden Abschnitt als Kennung&lt;TAB&gt;Titel&lt;TAB&gt;Prüfdatum ausgeben, dann beenden.</translation>
    </message>
    <message>
        <source>Include the diary&apos;s last weeks in the summary, this one included.</source>
        <translation>Die letzten Wochen des Tagebuchs in die Zusammenfassung aufnehmen, die laufende eingeschlossen.</translation>
    </message>
    <message>
        <source>Open the window on this page: article, questionnaire, chart, summary, diary.</source>
        <translation>Das Fenster auf dieser Seite öffnen: article, questionnaire, chart, summary, diary.</translation>
    </message>
    <message>
        <source>Print the glossary as JSON in the chosen language, then exit.</source>
        <translation>Das Glossar als JSON in der gewählten Sprache ausgeben, dann beenden.</translation>
    </message>
</context>
<context>
    <name>b12::app::CoreProblems</name>
    <message>
        <source>pain must be 0 to %1, not %2</source>
        <translation>Schmerz muss 0 bis %1 sein, nicht %2</translation>
    </message>
    <message>
        <source>unknown symptom &quot;%1&quot;</source>
        <translation>unbekannte Beschwerde „%1“</translation>
    </message>
    <message>
        <source>symptom &quot;%1&quot; must be rated 0 to %2, not %3</source>
        <translation>Beschwerde „%1“ muss mit 0 bis %2 bewertet sein, nicht mit %3</translation>
    </message>
    <message>
        <source>unit must be one of %1 for %2, not &quot;%3&quot;</source>
        <translation>Einheit muss für %2 eine von %1 sein, nicht „%3“</translation>
    </message>
    <message>
        <source>value must be above 0 and below %1 %2, not %3</source>
        <translation>Wert muss über 0 und unter %1 %2 liegen, nicht %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a real date and time</source>
        <translation>„%1“ ist kein gültiges Datum mit Uhrzeit</translation>
    </message>
    <message>
        <source>entry %1: </source>
        <translation>Eintrag %1: </translation>
    </message>
    <message>
        <source>field &quot;%1&quot; is missing</source>
        <translation>Feld „%1“ fehlt</translation>
    </message>
    <message>
        <source>not valid JSON (the file may be cut short or damaged)</source>
        <translation>kein gültiges JSON (die Datei ist vielleicht unvollständig oder beschädigt)</translation>
    </message>
</context>
<context>
    <name>b12::app::DiaryCli</name>
    <message>
        <source>--weeks needs --diary-summary</source>
        <translation>--weeks braucht --diary-summary</translation>
    </message>
    <message>
        <source>give only one of --diary-import, --diary-export and --diary-summary</source>
        <translation>geben Sie nur eine der Optionen --diary-import, --diary-export und --diary-summary an</translation>
    </message>
    <message>
        <source>--weeks must be a whole number from 1 to %1, not &quot;%2&quot;</source>
        <translation>--weeks muss eine ganze Zahl von 1 bis %1 sein, nicht „%2“</translation>
    </message>
    <message>
        <source>the file of --diary-export must end in .json or .csv: %1</source>
        <translation>der Name der Datei für --diary-export muss auf .json oder .csv enden: %1</translation>
    </message>
    <message>
        <source>%1 entries added to the diary; it now holds %2.</source>
        <translation>%1 Einträge ins Tagebuch übernommen; es enthält jetzt %2.</translation>
    </message>
</context>
<context>
    <name>b12::app::DiaryForm</name>
    <message>
        <source>Please type the value as a number, such as 140 or 0.35.</source>
        <translation>Bitte geben Sie den Wert als Zahl ein, etwa 140 oder 0,35.</translation>
    </message>
    <message>
        <source>This entry cannot be saved: %1</source>
        <translation>Dieser Eintrag kann nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>Änderungen &amp;speichern</translation>
    </message>
    <message>
        <source>&amp;Add to diary</source>
        <translation>Ins Tagebuch &amp;eintragen</translation>
    </message>
    <message>
        <source>&amp;Kind of entry:</source>
        <translation>&amp;Art des Eintrags:</translation>
    </message>
    <message>
        <source>&amp;Date and time:</source>
        <translation>&amp;Datum und Uhrzeit:</translation>
    </message>
    <message>
        <source>Leg &amp;pain (0 none, 10 worst):</source>
        <translation>Bein&amp;schmerzen (0 keine, 10 die schlimmsten):</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Keine Angabe</translation>
    </message>
    <message>
        <source>How much did each of these trouble you?</source>
        <translation>Wie sehr hat Sie jedes davon belastet?</translation>
    </message>
    <message>
        <source>&amp;Form:</source>
        <translation>&amp;Form:</translation>
    </message>
    <message>
        <source>D&amp;ose:</source>
        <translation>D&amp;osis:</translation>
    </message>
    <message>
        <source>for example 1 mg hydroxocobalamin</source>
        <translation>zum Beispiel 1 mg Hydroxocobalamin</translation>
    </message>
    <message>
        <source>&amp;Test:</source>
        <translation>&amp;Test:</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Wert:</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Einheit:</translation>
    </message>
    <message>
        <source>The lab&apos;s &amp;range, as printed:</source>
        <translation>&amp;Referenzbereich des Labors, wie gedruckt:</translation>
    </message>
    <message>
        <source>for example 145-569</source>
        <translation>zum Beispiel 145-569</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
    <message>
        <source>Cancel editing</source>
        <translation>Bearbeiten abbrechen</translation>
    </message>
</context>
<context>
    <name>b12::app::DiaryPage</name>
    <message>
        <source>This entry could not be saved: %1</source>
        <translation>Dieser Eintrag konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Delete entry</source>
        <translation>Eintrag löschen</translation>
    </message>
    <message>
        <source>Delete this entry? This cannot be undone.

%1</source>
        <translation>Diesen Eintrag löschen? Das lässt sich nicht rückgängig machen.

%1</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>The entry could not be deleted.
%1</source>
        <translation>Der Eintrag konnte nicht gelöscht werden.
%1</translation>
    </message>
    <message>
        <source>You logged a treatment on %1. NICE suggests a review about 3 months after starting treatment (1 month in pregnancy or breastfeeding) (NASGP summary of NICE NG239).</source>
        <translation>Sie haben am %1 eine Behandlung eingetragen. NICE empfiehlt eine Kontrolle etwa 3 Monate nach Beginn der Behandlung (1 Monat in Schwangerschaft oder Stillzeit) (NASGP-Zusammenfassung von NICE NG239).</translation>
    </message>
    <message>
        <source>New entry</source>
        <translation>Neuer Eintrag</translation>
    </message>
    <message>
        <source>E&amp;ntries, newest first:</source>
        <translation>Ei&amp;nträge, neueste zuerst:</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>Edit the selected entry</source>
        <translation>Den ausgewählten Eintrag bearbeiten</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>Delete the selected entry</source>
        <translation>Den ausgewählten Eintrag löschen</translation>
    </message>
    <message>
        <source>Trend &amp;over:</source>
        <translation>&amp;Verlauf über:</translation>
    </message>
    <message>
        <source>4 weeks</source>
        <translation>4 Wochen</translation>
    </message>
    <message>
        <source>3 months</source>
        <translation>3 Monate</translation>
    </message>
    <message>
        <source>1 year</source>
        <translation>1 Jahr</translation>
    </message>
    <message>
        <source>the whole diary</source>
        <translation>das ganze Tagebuch</translation>
    </message>
    <message>
        <source>Trend chart of the diary</source>
        <translation>Verlaufsdiagramm des Tagebuchs</translation>
    </message>
    <message>
        <source>Diary entries, newest first</source>
        <translation>Tagebucheinträge, neueste zuerst</translation>
    </message>
</context>
<context>
    <name>b12::app::DiaryStore</name>
    <message>
        <source>could not be read: %1</source>
        <translation>konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>the folder %1 could not be made</source>
        <translation>der Ordner %1 konnte nicht angelegt werden</translation>
    </message>
    <message>
        <source>the database is damaged (%1)</source>
        <translation>die Datenbank ist beschädigt (%1)</translation>
    </message>
    <message>
        <source>it was saved by a newer version of B12 Guide (diary version %1; this version reads up to %2)</source>
        <translation>sie wurde von einer neueren Version von B12 Guide gespeichert (Tagebuchversion %1; diese Version liest bis %2)</translation>
    </message>
    <message>
        <source>its schema could not be brought up to date</source>
        <translation>ihr Aufbau konnte nicht auf den neuen Stand gebracht werden</translation>
    </message>
    <message>
        <source>entry %1 holds what B12 Guide never writes</source>
        <translation>Eintrag %1 enthält, was B12 Guide nie schreibt</translation>
    </message>
    <message>
        <source>Your diary could not be opened, so it is not shown and nothing is saved over it:
%1
(Reason: %2)</source>
        <translation>Ihr Tagebuch konnte nicht geöffnet werden. Es wird daher nicht angezeigt, und nichts wird darüber gespeichert:
%1
(Grund: %2)</translation>
    </message>
    <message>
        <source>Your diary could not be read, and the file could not be moved aside. So that it is not overwritten, new entries are not saved. Move or rename the file, then start B12 Guide again:
%1
(Reason: %2)</source>
        <translation>Ihr Tagebuch konnte nicht gelesen werden, und die Datei konnte nicht beiseitegelegt werden. Damit sie nicht überschrieben wird, werden neue Einträge nicht gespeichert. Verschieben oder benennen Sie die Datei um und starten Sie B12 Guide dann neu:
%1
(Grund: %2)</translation>
    </message>
    <message>
        <source>Your diary could not be read, so it starts empty. The file was kept, unchanged, as:
%2
(Reason: %1)</source>
        <translation>Ihr Tagebuch konnte nicht gelesen werden und beginnt daher leer. Die Datei wurde unverändert aufbewahrt als:
%2
(Grund: %1)</translation>
    </message>
    <message>
        <source>Your diary could not be saved in %1: %2. The change was not saved; the entries saved before it are kept.</source>
        <translation>Ihr Tagebuch konnte nicht in %1 gespeichert werden: %2. Die Änderung wurde nicht gespeichert; die Einträge, die vorher gespeichert wurden, bleiben erhalten.</translation>
    </message>
    <message>
        <source>entry %1: %2</source>
        <translation>Eintrag %1: %2</translation>
    </message>
    <message>
        <source>there is no such entry in the diary</source>
        <translation>diesen Eintrag gibt es im Tagebuch nicht</translation>
    </message>
    <message>
        <source>%1 could not be deleted: %2</source>
        <translation>%1 konnte nicht gelöscht werden: %2</translation>
    </message>
    <message>
        <source>%1: the file name must end in .json or .csv</source>
        <translation>%1: der Dateiname muss auf .json oder .csv enden</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>b12::app::DocumentPrinter</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
</context>
<context>
    <name>b12::app::FindBar</name>
    <message>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n Treffer</numerusform>
            <numerusform>%n Treffer</numerusform>
        </translation>
    </message>
    <message>
        <source>Find in this section</source>
        <translation>In diesem Abschnitt suchen</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>Vorheriger Treffer (Umschalt+F3)</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Vorheriger Treffer</translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation>Nächster Treffer (F3)</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Nächster Treffer</translation>
    </message>
    <message>
        <source>Close find bar (Escape)</source>
        <translation>Suchleiste schließen (Esc)</translation>
    </message>
    <message>
        <source>Close find bar</source>
        <translation>Suchleiste schließen</translation>
    </message>
</context>
<context>
    <name>b12::app::GlossaryBar</name>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Close the explanation</source>
        <translation>Erklärung schließen</translation>
    </message>
    <message>
        <source>Explanation of a word</source>
        <translation>Erklärung eines Wortes</translation>
    </message>
</context>
<context>
    <name>b12::app::HelpDialogs</name>
    <message>
        <source>&lt;p&gt;&lt;b&gt;B12 Guide gives information, not a diagnosis.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;It cannot tell whether you are short of vitamin B12 or what causes your symptoms. Leg pain, tingling and numbness have many causes. Only a doctor, with an examination and blood tests, can find out.&lt;/p&gt;&lt;p&gt;Do not start, stop or change any medicine because of this app.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Emergency: get help now.&lt;/b&gt; Call 999 (UK), 112 (Europe) or 911 (US) now, or go to the nearest emergency department (A&amp;amp;E), if:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;both legs are weak or numb, and it is severe or getting worse&lt;/li&gt;&lt;li&gt;you have pain in both legs, like sciatica on both sides&lt;/li&gt;&lt;li&gt;the skin around your genitals or back passage is numb&lt;/li&gt;&lt;li&gt;you cannot pee, or have new problems controlling your bladder or bowel&lt;/li&gt;&lt;li&gt;you suddenly cannot see with one or both eyes&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;&lt;b&gt;Urgent: see a doctor today&lt;/b&gt; if your sight has changed, or your walking has newly or increasingly become unsteady, stiff or weak. Contact your GP surgery and ask to be seen today. If it is closed, call NHS 111 (UK) or 116 117 (Germany).&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;B12 Guide informiert, stellt aber keine Diagnose.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Die App kann nicht feststellen, ob Ihnen Vitamin B12 fehlt oder woher Ihre Beschwerden kommen. Beinschmerzen, Kribbeln und Taubheitsgefühl haben viele mögliche Ursachen. Das kann nur eine Ärztin oder ein Arzt mit einer körperlichen Untersuchung und Bluttests herausfinden.&lt;/p&gt;&lt;p&gt;Nehmen Sie wegen dieser App kein neues Medikament ein, setzen Sie keines ab und ändern Sie nichts an der Einnahme.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Notfall: sofort Hilfe holen.&lt;/b&gt; Rufen Sie jetzt den Notruf 112 an (999 im Vereinigten Königreich, 911 in den USA) oder gehen Sie in die nächste Notaufnahme, wenn:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;beide Beine schwach oder taub sind und das stark ist oder schlimmer wird&lt;/li&gt;&lt;li&gt;Sie Schmerzen in beiden Beinen haben, wie bei einem Ischias auf beiden Seiten&lt;/li&gt;&lt;li&gt;die Haut rund um die Geschlechtsteile oder den After taub ist&lt;/li&gt;&lt;li&gt;Sie nicht Wasser lassen können oder neue Probleme haben, Blase oder Darm zu kontrollieren&lt;/li&gt;&lt;li&gt;Sie plötzlich mit einem oder beiden Augen nicht mehr sehen können&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;&lt;b&gt;Dringend: noch heute zur Ärztin oder zum Arzt&lt;/b&gt;, wenn sich Ihr Sehen verändert hat oder Ihr Gang neu oder zunehmend unsicher, steif oder kraftlos geworden ist. Rufen Sie in Ihrer Hausarztpraxis an und bitten Sie darum, noch heute untersucht zu werden. Ist die Praxis geschlossen, rufen Sie den ärztlichen Bereitschaftsdienst unter 116 117 an (im Vereinigten Königreich NHS 111).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Before you start</source>
        <translation>Bevor Sie beginnen</translation>
    </message>
    <message>
        <source>I understand</source>
        <translation>Verstanden</translation>
    </message>
    <message>
        <source>About B12 Guide</source>
        <translation>Über B12 Guide</translation>
    </message>
    <message>
        <source>&lt;h3&gt;B12 Guide %1&lt;/h3&gt;&lt;p&gt;Learn about vitamin B12 deficiency and the leg pain it can cause, check your symptoms and risk factors, and prepare a visit to your doctor.&lt;/p&gt;&lt;p&gt;The article names the source of its medical statements in brackets; the &lt;i&gt;Sources&lt;/i&gt; section lists each source with a link. The main source is the NICE guideline NG239 (2024).&lt;/p&gt;&lt;p&gt;B12 Guide is free software: you can redistribute it and/or modify it under the terms of the GNU General Public License, version 3 or later. It comes with no warranty.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;B12 Guide %1&lt;/h3&gt;&lt;p&gt;Erfahren Sie, was ein Vitamin-B12-Mangel ist und wie er Beinschmerzen verursachen kann, prüfen Sie Ihre Beschwerden und Risikofaktoren und bereiten Sie den Besuch bei Ihrer Ärztin oder Ihrem Arzt vor.&lt;/p&gt;&lt;p&gt;Der Artikel nennt die Quelle seiner medizinischen Aussagen in Klammern; der Abschnitt &lt;i&gt;Quellen&lt;/i&gt; führt jede Quelle mit einem Link auf. Die wichtigste Quelle ist die Leitlinie NG239 des britischen NICE (2024).&lt;/p&gt;&lt;p&gt;B12 Guide ist freie Software: Sie können sie unter den Bedingungen der GNU General Public License, Version 3 oder einer späteren Version, weitergeben und verändern. Sie wird ohne jede Gewährleistung bereitgestellt.&lt;/p&gt;</translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <source>On every page</source>
        <translation>Auf jeder Seite</translation>
    </message>
    <message>
        <source>Next or previous control</source>
        <translation>Nächstes oder vorheriges Bedienelement</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Umschalt+Tab</translation>
    </message>
    <message>
        <source>Press a button, tick a box, choose an answer</source>
        <translation>Schaltfläche drücken, Kästchen ankreuzen, Antwort wählen</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Leertaste</translation>
    </message>
    <message>
        <source>Move between answers, list entries or table cells</source>
        <translation>Zwischen Antworten, Listeneinträgen oder Tabellenzellen wechseln</translation>
    </message>
    <message>
        <source>Arrow keys</source>
        <translation>Pfeiltasten</translation>
    </message>
    <message>
        <source>Use the underlined letter of a button or menu</source>
        <translation>Den unterstrichenen Buchstaben einer Schaltfläche oder eines Menüs nutzen</translation>
    </message>
    <message>
        <source>Alt + the letter</source>
        <translation>Alt + Buchstabe</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
</context>
<context>
    <name>b12::app::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
</context>
<context>
    <name>b12::app::MainWindow</name>
    <message>
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>B12 Guide</source>
        <translation>B12 Guide</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Find in Section…</source>
        <translation>Im Abschnitt &amp;suchen…</translation>
    </message>
    <message>
        <source>&amp;Search All Sections…</source>
        <translation>In &amp;allen Abschnitten suchen…</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>&amp;Vor</translation>
    </message>
    <message>
        <source>&amp;Previous Section</source>
        <translation>V&amp;orheriger Abschnitt</translation>
    </message>
    <message>
        <source>&amp;Next Section</source>
        <translation>&amp;Nächster Abschnitt</translation>
    </message>
    <message>
        <source>Medical &amp;Disclaimer</source>
        <translation>Medizinischer &amp;Hinweis</translation>
    </message>
    <message>
        <source>&amp;About B12 Guide</source>
        <translation>&amp;Über B12 Guide</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>Fragebogen</translation>
    </message>
    <message>
        <source>Doctor Visit Summary</source>
        <translation>Zusammenfassung für den Arztbesuch</translation>
    </message>
    <message>
        <source>%1 – B12 Guide</source>
        <translation>%1 – B12 Guide</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;Benutzerhandbuch</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>Ne&amp;xt Page</source>
        <translation>Nä&amp;chste Seite</translation>
    </message>
    <message>
        <source>Pre&amp;vious Page</source>
        <translation>Vorherige &amp;Seite</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <extracomment>A Go menu entry: %1 is the page&apos;s number (its key with Alt), %2 its title.</extracomment>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>Low B12 by Age</source>
        <translation>Niedriges B12 nach Alter</translation>
    </message>
    <message>
        <source>&amp;Normal Size (now %1%)</source>
        <extracomment>The View menu&apos;s entry that goes back to 100%; %1 is the text size now, as 150.</extracomment>
        <translation>&amp;Originalgröße (jetzt %1 %)</translation>
    </message>
    <message>
        <source>Diary</source>
        <translation>Tagebuch</translation>
    </message>
    <message>
        <source>&amp;High Contrast</source>
        <translation>&amp;Hoher Kontrast</translation>
    </message>
</context>
<context>
    <name>b12::app::NoticeBar</name>
    <message>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>Dismiss this message</source>
        <translation>Diese Meldung ausblenden</translation>
    </message>
</context>
<context>
    <name>b12::app::OfflineTextBrowser</name>
    <message>
        <source>Opens in your web browser: %1</source>
        <translation>Öffnet sich in Ihrem Webbrowser: %1</translation>
    </message>
</context>
<context>
    <name>b12::app::PageHost</name>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
</context>
<context>
    <name>b12::app::PdfFile</name>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1 could not be written: the pages could not be drawn</source>
        <translation>%1 konnte nicht geschrieben werden: Die Seiten ließen sich nicht zeichnen</translation>
    </message>
</context>
<context>
    <name>b12::app::PersonalNotesStore</name>
    <message>
        <source>Your saved notes could not be read (%1). The file was kept unchanged as %2.</source>
        <translation>Ihre gespeicherten Notizen konnten nicht gelesen werden (%1). Die Datei wurde unverändert als %2 aufbewahrt.</translation>
    </message>
    <message>
        <source>Your saved notes in %1 could not be read (%2). So that the file is not overwritten, what you type here is not saved.</source>
        <translation>Ihre gespeicherten Notizen in %1 konnten nicht gelesen werden (%2). Damit die Datei nicht überschrieben wird, wird nicht gespeichert, was Sie hier eingeben.</translation>
    </message>
    <message>
        <source>Your notes could not be saved: %1</source>
        <translation>Ihre Notizen konnten nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Your notes in %1 could not be deleted: %2</source>
        <translation>Ihre Notizen in %1 konnten nicht gelöscht werden: %2</translation>
    </message>
</context>
<context>
    <name>b12::app::QuestionWidget</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>From 0 to 10. %1; %2.</source>
        <translation>Von 0 bis 10. %1; %2.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>b12::app::QuestionnairePage</name>
    <message>
        <source>B12 Guide answers (*.json);;All files (*)</source>
        <translation>Antworten aus B12 Guide (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Result: %1</source>
        <translation>Ergebnis: %1</translation>
    </message>
    <message>
        <source>Your result</source>
        <translation>Ihr Ergebnis</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Schritt %1 von %2</translation>
    </message>
    <message>
        <source>Progress: %1</source>
        <translation>Fortschritt: %1</translation>
    </message>
    <message>
        <source>See the &amp;result →</source>
        <translation>Zum &amp;Ergebnis →</translation>
    </message>
    <message>
        <source>&amp;Next →</source>
        <translation>&amp;Weiter →</translation>
    </message>
    <message>
        <source>See the result</source>
        <translation>Zum Ergebnis</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Nächster Schritt</translation>
    </message>
    <message>
        <source>Read more:</source>
        <translation>Mehr dazu:</translation>
    </message>
    <message>
        <source>Your result, the reasons for it, and links to the article</source>
        <translation>Ihr Ergebnis, die Gründe dafür und Verweise auf den Artikel</translation>
    </message>
    <message>
        <source>&amp;Clear my answers…</source>
        <translation>Meine Antworten &amp;löschen…</translation>
    </message>
    <message>
        <source>Clear my answers</source>
        <translation>Meine Antworten löschen</translation>
    </message>
    <message>
        <source>E&amp;xport answers…</source>
        <translation>Antworten e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Export answers to a file</source>
        <translation>Antworten in eine Datei exportieren</translation>
    </message>
    <message>
        <source>&amp;Import answers…</source>
        <translation>Antworten &amp;importieren…</translation>
    </message>
    <message>
        <source>Import answers from a file</source>
        <translation>Antworten aus einer Datei importieren</translation>
    </message>
    <message>
        <source>← &amp;Back</source>
        <translation>← &amp;Zurück</translation>
    </message>
    <message>
        <source>Previous step</source>
        <translation>Vorheriger Schritt</translation>
    </message>
    <message>
        <source>Export answers</source>
        <translation>Antworten exportieren</translation>
    </message>
    <message>
        <source>Import answers</source>
        <translation>Antworten importieren</translation>
    </message>
    <message>
        <source>Replace your current answers with the ones in this file?</source>
        <translation>Ihre jetzigen Antworten durch die Antworten aus dieser Datei ersetzen?</translation>
    </message>
    <message>
        <source>Your answers could not be exported.
%1</source>
        <translation>Ihre Antworten konnten nicht exportiert werden.
%1</translation>
    </message>
    <message>
        <source>This file could not be imported; your answers are unchanged.
%1</source>
        <translation>Diese Datei konnte nicht importiert werden; Ihre Antworten sind unverändert.
%1</translation>
    </message>
    <message>
        <source>Forget all your answers, and the name, medicines and notes you typed for your summary, and delete their saved copies? This cannot be undone. Export your answers first if you want to keep them.</source>
        <translation>Alle Ihre Antworten sowie den Namen, die Medikamente und die Notizen für Ihre Zusammenfassung verwerfen und die gespeicherten Kopien löschen? Das lässt sich nicht rückgängig machen. Exportieren Sie Ihre Antworten vorher, wenn Sie sie behalten möchten.</translation>
    </message>
    <message>
        <source>&amp;Clear All</source>
        <translation>Alles &amp;löschen</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Ersetzen</translation>
    </message>
</context>
<context>
    <name>b12::app::Result</name>
    <message>
        <source>Why this result</source>
        <translation>Warum dieses Ergebnis</translation>
    </message>
    <message>
        <source>Your answers behind it:</source>
        <translation>Die Antworten, auf denen es beruht:</translation>
    </message>
    <message>
        <source>Read more:</source>
        <translation>Mehr dazu:</translation>
    </message>
    <message>
        <source>Questions not answered: %1. They count for nothing in this result; go back to answer them.</source>
        <translation>Nicht beantwortete Fragen: %1. Sie gehen nicht in dieses Ergebnis ein; gehen Sie zurück, um sie zu beantworten.</translation>
    </message>
    <message>
        <source>Please note</source>
        <translation>Bitte beachten Sie</translation>
    </message>
</context>
<context>
    <name>b12::app::RiskChartPage</name>
    <message>
        <source>How common is low vitamin B12 at different ages?</source>
        <translation>Wie häufig ist ein niedriger Vitamin-B12-Spiegel in den verschiedenen Altersgruppen?</translation>
    </message>
    <message>
        <source>The chart&apos;s data could not be loaded, so no figures are shown.
%1</source>
        <translation>Die Daten des Diagramms konnten nicht geladen werden, daher werden keine Zahlen gezeigt.
%1</translation>
    </message>
    <message>
        <source>Show as &amp;chart</source>
        <translation>Als &amp;Diagramm zeigen</translation>
    </message>
    <message>
        <source>Show as &amp;table</source>
        <translation>Als &amp;Tabelle zeigen</translation>
    </message>
    <message>
        <source>Show as table</source>
        <translation>Als Tabelle zeigen</translation>
    </message>
    <message>
        <source>Shows the same figures as a table that can be read with the keyboard and a screen reader.</source>
        <translation>Zeigt dieselben Zahlen als Tabelle, die sich mit der Tastatur und einem Bildschirmleser lesen lässt.</translation>
    </message>
    <message>
        <source>Figure details</source>
        <translation>Einzelheiten zum Wert</translation>
    </message>
    <message>
        <source>The article&apos;s figures</source>
        <translation>Die Zahlen im Artikel</translation>
    </message>
    <message>
        <source>Note on the article&apos;s figures</source>
        <translation>Hinweis zu den Zahlen im Artikel</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>Sources of the chart&apos;s figures</source>
        <translation>Quellen der Zahlen im Diagramm</translation>
    </message>
    <message>
        <source>Your age group, %1, is highlighted.</source>
        <translation>Ihre Altersgruppe (%1) ist hervorgehoben.</translation>
    </message>
    <message>
        <source>You answered that you are under 18. The surveys shown measured adults only, so the chart has no age group for you.</source>
        <translation>Sie haben angegeben, dass Sie unter 18 sind. Die gezeigten Erhebungen haben nur Erwachsene untersucht, daher hat das Diagramm keine Altersgruppe für Sie.</translation>
    </message>
    <message>
        <source>Answer the age question in the questionnaire to see your age group highlighted.</source>
        <translation>Beantworten Sie im Fragebogen die Frage nach Ihrem Alter, dann wird hier Ihre Altersgruppe hervorgehoben.</translation>
    </message>
    <message>
        <source>In these studies low vitamin B12 was more common at older ages. Each row is one source with one blood-test cut-off: how many count as low depends on the cut-off, so do not add the bars up or read the rows as one survey. A figure a source reported for a wide age range (such as “over 50”) is one bar across the age groups it covers; an age group with no bar has no figure from that source. The lower panel counts people in the “marginal” range just above the cut-off, not people below it. Cut-offs shown: %1. The chart cannot tell anything about your own B12 level: only a blood test can.</source>
        <translation>In diesen Studien war ein niedriger Vitamin-B12-Spiegel in höherem Alter häufiger. Jede Zeile ist eine Quelle mit einem Grenzwert der Blutuntersuchung: Wie viele als niedrig gelten, hängt vom Grenzwert ab. Zählen Sie die Balken deshalb nicht zusammen und lesen Sie die Zeilen nicht als eine einzige Erhebung. Einen Wert, den eine Quelle für einen weiten Altersbereich angibt (etwa „über 50“), zeigt ein einziger Balken über alle Altersgruppen dieses Bereichs; eine Altersgruppe ohne Balken hat von dieser Quelle keinen Wert. Der untere Teil zählt Menschen im „grenzwertigen“ Bereich knapp über dem Grenzwert, nicht Menschen darunter. Gezeigte Grenzwerte: %1. Über Ihren eigenen B12-Spiegel sagt das Diagramm nichts aus: Das kann nur eine Blutuntersuchung.</translation>
    </message>
    <message>
        <source>Point at a bar, or move over the bars with the arrow keys (Tab to the chart first), to see the exact figure, its source and its cut-off here.</source>
        <translation>Zeigen Sie auf einen Balken oder gehen Sie mit den Pfeiltasten von Balken zu Balken (zuerst mit der Tabulatortaste zum Diagramm), um hier den genauen Wert, seine Quelle und seinen Grenzwert zu sehen.</translation>
    </message>
    <message>
        <source>The arrow keys move from bar to bar; “Show as table” shows the same figures as a table.</source>
        <translation>Die Pfeiltasten gehen von Balken zu Balken; „Als Tabelle zeigen“ zeigt dieselben Werte als Tabelle.</translation>
    </message>
    <message>
        <source>Show as chart</source>
        <translation>Als Diagramm zeigen</translation>
    </message>
    <message>
        <source>Figures last checked against their sources: %1</source>
        <extracomment>%1 is a date such as &quot;2 December 2026&quot;.</extracomment>
        <translation>Zahlen zuletzt mit ihren Quellen abgeglichen: %1</translation>
    </message>
</context>
<context>
    <name>b12::app::RiskChartView</name>
    <message>
        <source>Chart of low vitamin B12 by age group</source>
        <translation>Diagramm: niedriger Vitamin-B12-Spiegel nach Altersgruppe</translation>
    </message>
</context>
<context>
    <name>b12::app::RiskTableView</name>
    <message>
        <source>Table of low vitamin B12 by age group</source>
        <translation>Tabelle: niedriger Vitamin-B12-Spiegel nach Altersgruppe</translation>
    </message>
    <message>
        <source>%1
(your age group)</source>
        <translation>%1
(Ihre Altersgruppe)</translation>
    </message>
    <message>
        <source>One row per source and cut-off, one column per age group; each cell holds the percentage of people with low vitamin B12, a figure for a wide age range one cell across its age groups.</source>
        <translation>Eine Zeile je Quelle und Grenzwert, eine Spalte je Altersgruppe; jede Zelle enthält den Anteil der Menschen mit niedrigem Vitamin-B12-Spiegel in Prozent, ein Wert für einen weiten Altersbereich eine Zelle über dessen Altersgruppen.</translation>
    </message>
    <message>
        <source>%1: no figure, %2</source>
        <comment>age group: no figure, series name</comment>
        <translation>%1: kein Wert, %2</translation>
    </message>
</context>
<context>
    <name>b12::app::SavedFile</name>
    <message>
        <source>the folder %1 could not be made</source>
        <translation>der Ordner %1 konnte nicht angelegt werden</translation>
    </message>
</context>
<context>
    <name>b12::app::SectionPrinter</name>
    <message>
        <source>B12 Guide · %1</source>
        <extracomment>The footer of a printed article section; %1 is the section&apos;s title.</extracomment>
        <translation>B12 Guide · %1</translation>
    </message>
    <message>
        <source>Print Section</source>
        <translation>Abschnitt drucken</translation>
    </message>
    <message>
        <source>Last reviewed: %1</source>
        <extracomment>After an article section, the questionnaire&apos;s result and on the printed section; %1 is a date such as &quot;2 December 2026&quot;.</extracomment>
        <translation>Zuletzt geprüft: %1</translation>
    </message>
</context>
<context>
    <name>b12::app::ShippedData</name>
    <message>
        <source>could not be read: %1</source>
        <translation>konnte nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>b12::app::SummaryCli</name>
    <message>
        <source>--summary-pdf needs --answers FILE</source>
        <translation>--summary-pdf braucht --answers DATEI</translation>
    </message>
    <message>
        <source>unknown paper size &quot;%1&quot;; paper sizes: a4, letter</source>
        <translation>unbekanntes Papierformat „%1“; Papierformate: a4, letter</translation>
    </message>
    <message>
        <source>--diary-weeks needs a number of weeks from 1 to %1</source>
        <translation>--diary-weeks braucht eine Zahl von Wochen von 1 bis %1</translation>
    </message>
</context>
<context>
    <name>b12::app::SummaryForm</name>
    <message>
        <source>&amp;Questions to ask</source>
        <translation>&amp;Fragen für den Termin</translation>
    </message>
    <message>
        <source>T&amp;ests checklist for the doctor</source>
        <translation>&amp;Untersuchungen zum Ankreuzen</translation>
    </message>
    <message>
        <source>Medicines and supplements</source>
        <translation>Medikamente, Nahrungsergänzung</translation>
    </message>
    <message>
        <source>Your notes</source>
        <translation>Ihre Notizen</translation>
    </message>
    <message>
        <source>&amp;Chart of low B12 by age</source>
        <translation>&amp;Diagramm: niedriger B12-Spiegel nach Alter</translation>
    </message>
    <message>
        <source>&amp;Sources</source>
        <translation>&amp;Quellen</translation>
    </message>
    <message>
        <source>No questions are answered yet. Answer the questionnaire first, or print the summary and fill it in by hand.</source>
        <translation>Noch ist keine Frage beantwortet. Füllen Sie zuerst den Fragebogen aus, oder drucken Sie die Zusammenfassung und füllen Sie sie von Hand aus.</translation>
    </message>
    <message>
        <source>Made from your answers to the questionnaire: %1 of %2 questions answered.</source>
        <translation>Erstellt aus Ihren Antworten im Fragebogen: %1 von %2 Fragen beantwortet.</translation>
    </message>
    <message>
        <source>Prints on 1 page of %1 paper.</source>
        <translation>Wird auf 1 Seite im Format %1 gedruckt.</translation>
    </message>
    <message>
        <source>Prints on %1 pages of %2 paper.</source>
        <translation>Wird auf %1 Seiten im Format %2 gedruckt.</translation>
    </message>
    <message>
        <source>A summary for your doctor</source>
        <translation>Eine Zusammenfassung für Ihre Ärztin oder Ihren Arzt</translation>
    </message>
    <message>
        <source>Print this summary or save it as a PDF and take it to your appointment. It lists the warning signs and symptoms you noted, what makes low vitamin B12 more likely for you, questions to ask and the tests the article names. Add anything else your doctor should know.</source>
        <translation>Drucken Sie diese Zusammenfassung oder speichern Sie sie als PDF, und nehmen Sie sie zu Ihrem Termin mit. Sie führt die Warnzeichen und Symptome auf, die Sie angegeben haben, was bei Ihnen einen niedrigen Vitamin-B12-Spiegel wahrscheinlicher macht, Fragen, die Sie stellen können, und die Untersuchungen, die der Artikel nennt. Ergänzen Sie alles, was Ihre Ärztin oder Ihr Arzt sonst noch wissen sollte.</translation>
    </message>
    <message>
        <source>&amp;Name (optional):</source>
        <translation>&amp;Name (freiwillig):</translation>
    </message>
    <message>
        <source>Name, optional</source>
        <translation>Name, freiwillig</translation>
    </message>
    <message>
        <source>&amp;Year of birth (optional):</source>
        <translation>&amp;Geburtsjahr (freiwillig):</translation>
    </message>
    <message>
        <source>Year of birth, optional</source>
        <translation>Geburtsjahr, freiwillig</translation>
    </message>
    <message>
        <source>&amp;Medicines and supplements you take:</source>
        <translation>&amp;Medikamente und Nahrungsergänzungsmittel, die Sie nehmen:</translation>
    </message>
    <message>
        <source>Medicines and supplements you take</source>
        <translation>Medikamente und Nahrungsergänzungsmittel, die Sie nehmen</translation>
    </message>
    <message>
        <source>For example: metformin 500 mg twice a day; vitamin D</source>
        <translation>Zum Beispiel: Metformin 500 mg zweimal täglich; Vitamin D</translation>
    </message>
    <message>
        <source>No&amp;tes for your doctor:</source>
        <translation>No&amp;tizen für Ihre Ärztin oder Ihren Arzt:</translation>
    </message>
    <message>
        <source>Notes for your doctor</source>
        <translation>Notizen für Ihre Ärztin oder Ihren Arzt</translation>
    </message>
    <message>
        <source>For example: when it started, what makes it better or worse</source>
        <translation>Zum Beispiel: wann es angefangen hat, was es besser oder schlechter macht</translation>
    </message>
    <message>
        <source>What you type here stays on this computer, saved with your answers. Empty fields print as space to write in by hand.</source>
        <translation>Was Sie hier eingeben, bleibt auf diesem Computer und wird mit Ihren Antworten gespeichert. Leere Felder werden als Platz zum Ausfüllen von Hand gedruckt.</translation>
    </message>
    <message>
        <source>Include in the summary:</source>
        <translation>In die Zusammenfassung aufnehmen:</translation>
    </message>
    <message>
        <source>Include: %1</source>
        <translation>Aufnehmen: %1</translation>
    </message>
    <message>
        <source>&amp;Paper size:</source>
        <translation>&amp;Papierformat:</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Papierformat</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>US-Letter</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>D&amp;rucken…</translation>
    </message>
    <message>
        <source>Print the summary</source>
        <translation>Die Zusammenfassung drucken</translation>
    </message>
    <message>
        <source>Shows the pages as they will print (%1)</source>
        <translation>Zeigt die Seiten so, wie sie gedruckt werden (%1)</translation>
    </message>
    <message>
        <source>E&amp;xport as PDF…</source>
        <translation>Als PDF e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Export the summary as a PDF file</source>
        <translation>Die Zusammenfassung als PDF-Datei exportieren</translation>
    </message>
    <message>
        <source>My &amp;diary, the last 12 weeks</source>
        <translation>Mein &amp;Tagebuch, die letzten 12 Wochen</translation>
    </message>
</context>
<context>
    <name>b12::app::SummaryPage</name>
    <message>
        <source>The summary texts could not be loaded: %1</source>
        <translation>Die Texte der Zusammenfassung konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Print Summary</source>
        <translation>Zusammenfassung drucken</translation>
    </message>
    <message>
        <source>B12 summary %1.pdf</source>
        <extracomment>The suggested file name of an exported summary; %1 is the date as 2025-05-12.</extracomment>
        <translation>B12-Zusammenfassung %1.pdf</translation>
    </message>
    <message>
        <source>Export Summary as PDF</source>
        <translation>Zusammenfassung als PDF exportieren</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>The summary was not saved.

%1</source>
        <translation>Die Zusammenfassung wurde nicht gespeichert.

%1</translation>
    </message>
    <message>
        <source>Preview of what will print:</source>
        <translation>Vorschau dessen, was gedruckt wird:</translation>
    </message>
    <message>
        <source>Preview of the summary</source>
        <translation>Vorschau der Zusammenfassung</translation>
    </message>
    <message>
        <source>&amp;Print Summary…</source>
        <translation>Zusammenfassung &amp;drucken…</translation>
    </message>
    <message>
        <source>The summary was saved to:
%1</source>
        <translation>Die Zusammenfassung wurde gespeichert unter:
%1</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Öffnen</translation>
    </message>
    <message>
        <source>Show in &amp;Folder</source>
        <translation>Im &amp;Ordner zeigen</translation>
    </message>
</context>
<context>
    <name>b12::app::UserGuideDialog</name>
    <message>
        <source>B12 Guide: User Guide</source>
        <translation>B12 Guide: Benutzerhandbuch</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Benutzerhandbuch</translation>
    </message>
</context>
</TS>
