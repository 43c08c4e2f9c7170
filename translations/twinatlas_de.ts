<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AboutBox</name>
    <message>
        <location filename="../app/ui/aboutbox.cpp" line="+19"/>
        <source>&lt;h3&gt;Twinatlas %1&lt;/h3&gt;&lt;p&gt;A desktop atlas of sister cities and twin towns.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Twinatlas %1&lt;/h3&gt;&lt;p&gt;Ein Desktop-Atlas der Städtepartnerschaften und Partnerstädte.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&lt;p&gt;Bundled data version %1: %2, %3, %4 and %5.</source>
        <translation>&lt;p&gt;Version der mitgelieferten Daten %1: %2, %3, %4 und %5.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln places</source>
        <translation>
            <numerusform>%Ln Ort</numerusform>
            <numerusform>%Ln Orte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln partnerships</source>
        <translation>
            <numerusform>%Ln Partnerschaft</numerusform>
            <numerusform>%Ln Partnerschaften</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln events</source>
        <translation>
            <numerusform>%Ln Ereignis</numerusform>
            <numerusform>%Ln Ereignisse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln sources</source>
        <translation>
            <numerusform>%Ln Quelle</numerusform>
            <numerusform>%Ln Quellen</numerusform>
        </translation>
    </message>
    <message>
        <location line="-8"/>
        <location line="+10"/>
        <source>&lt;p&gt;The bundled data cannot be read: %1</source>
        <translation>&lt;p&gt;Die mitgelieferten Daten können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your atlas: data version %1.</source>
        <translation>Ihr Atlas: Datenversion %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;p&gt;Twinatlas is free software under the &lt;a href=&quot;https://www.gnu.org/licenses/gpl-3.0.html&quot;&gt;GNU General Public License, version 3 or later&lt;/a&gt;.&lt;/p&gt;&lt;p&gt;Places and their names: &lt;a href=&quot;https://www.geonames.org/&quot;&gt;GeoNames&lt;/a&gt;, licensed under &lt;a href=&quot;https://creativecommons.org/licenses/by/4.0/&quot;&gt;CC BY 4.0&lt;/a&gt;.&lt;br&gt;Land and borders: &lt;a href=&quot;https://www.naturalearthdata.com/&quot;&gt;Natural Earth&lt;/a&gt;, in the public domain.&lt;br&gt;Partnerships: collected by hand from the sources the detail pane lists for each.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Twinatlas ist freie Software unter der &lt;a href=&quot;https://www.gnu.org/licenses/gpl-3.0.html&quot;&gt;GNU General Public License, Version 3 oder später&lt;/a&gt;.&lt;/p&gt;&lt;p&gt;Orte und ihre Namen: &lt;a href=&quot;https://www.geonames.org/&quot;&gt;GeoNames&lt;/a&gt;, lizenziert unter &lt;a href=&quot;https://creativecommons.org/licenses/by/4.0/&quot;&gt;CC BY 4.0&lt;/a&gt;.&lt;br&gt;Land und Grenzen: &lt;a href=&quot;https://www.naturalearthdata.com/&quot;&gt;Natural Earth&lt;/a&gt;, gemeinfrei.&lt;br&gt;Partnerschaften: von Hand gesammelt aus den Quellen, die der Detailbereich zu jeder nennt.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&lt;p&gt;Built with &lt;a href=&quot;https://www.qt.io/&quot;&gt;Qt&lt;/a&gt; %1, used under the &lt;a href=&quot;https://www.gnu.org/licenses/lgpl-3.0.html&quot;&gt;GNU Lesser General Public License, version 3&lt;/a&gt; (Help ▸ About Qt); &lt;a href=&quot;https://geographiclib.sourceforge.io/&quot;&gt;GeographicLib&lt;/a&gt; (MIT licence) for distances; country names from &lt;a href=&quot;https://salsa.debian.org/iso-codes-team/iso-codes&quot;&gt;iso-codes&lt;/a&gt; (LGPL 2.1 or later).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Erstellt mit &lt;a href=&quot;https://www.qt.io/&quot;&gt;Qt&lt;/a&gt; %1, verwendet unter der &lt;a href=&quot;https://www.gnu.org/licenses/lgpl-3.0.html&quot;&gt;GNU Lesser General Public License, Version 3&lt;/a&gt; (Hilfe ▸ Über Qt); &lt;a href=&quot;https://geographiclib.sourceforge.io/&quot;&gt;GeographicLib&lt;/a&gt; (MIT-Lizenz) für Entfernungen; Ländernamen aus &lt;a href=&quot;https://salsa.debian.org/iso-codes-team/iso-codes&quot;&gt;iso-codes&lt;/a&gt; (LGPL 2.1 oder später).&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>About Twinatlas</source>
        <translation>Über Twinatlas</translation>
    </message>
</context>
<context>
    <name>LocationText</name>
    <message>
        <location filename="../app/core/location/locationtext.cpp" line="+14"/>
        <source>%1 km</source>
        <extracomment>A distance in kilometres; %1 is the number, already in the user&apos;s number format.</extracomment>
        <translation>%1 km</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 UTC</source>
        <extracomment>A time of day without a date; %1 is the time, e.g. 09:41.</extracomment>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, %2 UTC</source>
        <extracomment>%1 is a date such as 14 May 2024, %2 a time such as 09:41.</extracomment>
        <translation>%1, %2 UTC</translation>
    </message>
</context>
<context>
    <name>NmeaLog</name>
    <message>
        <location filename="../app/core/location/nmealog.cpp" line="+58"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+52"/>
        <source>%n non-empty lines</source>
        <translation>
            <numerusform>%n nicht leere Zeile</numerusform>
            <numerusform>%n nicht leere Zeilen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n NMEA sentences read</source>
        <translation>
            <numerusform>%n NMEA-Satz gelesen</numerusform>
            <numerusform>%n NMEA-Sätze gelesen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n valid fixes</source>
        <translation>
            <numerusform>%n gültige Positionsbestimmung</numerusform>
            <numerusform>%n gültige Positionsbestimmungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n lines skipped as garbled or with a wrong checksum</source>
        <translation>
            <numerusform>%n Zeile übersprungen, da unleserlich oder mit falscher Prüfsumme</numerusform>
            <numerusform>%n Zeilen übersprungen, da unleserlich oder mit falscher Prüfsumme</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PartnershipText</name>
    <message>
        <location filename="../app/models/partnershiptext.cpp" line="+13"/>
        <source>Twin town</source>
        <translation>Partnerstadt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sister city</source>
        <translation>Schwesterstadt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Partner town</source>
        <translation>Partnergemeinde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Friendship city</source>
        <translation>Freundschaftsstadt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cooperation agreement</source>
        <translation>Kooperationsvereinbarung</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+15"/>
        <source>Suspended</source>
        <translation>Ausgesetzt</translation>
    </message>
    <message>
        <location line="-13"/>
        <location line="+17"/>
        <source>Ended</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Proposed</source>
        <translation>Vorgeschlagen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Signed</source>
        <translation>Unterzeichnet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Renewed</source>
        <translation>Erneuert</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Resumed</source>
        <translation>Wieder aufgenommen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delegation</source>
        <translation>Delegation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exchange</source>
        <translation>Austausch</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Anniversary</source>
        <translation>Jubiläum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 – %2</source>
        <comment>years of a partnership</comment>
        <translation>%1–%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>since %1</source>
        <translation>seit %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>from %1</source>
        <translation>ab %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>until %1</source>
        <translation>bis %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1° N</source>
        <translation>%1° N</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1° S</source>
        <translation>%1° S</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1° E</source>
        <translation>%1° O</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1° W</source>
        <translation>%1° W</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, %2</source>
        <comment>latitude, longitude</comment>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>Projection</name>
    <message>
        <location filename="../app/core/geo/equalearthprojection.cpp" line="+56"/>
        <source>Equal Earth</source>
        <translation>Equal Earth</translation>
    </message>
    <message>
        <location filename="../app/core/geo/naturalearthprojection.cpp" line="+66"/>
        <source>Natural Earth</source>
        <translation>Natural Earth</translation>
    </message>
    <message>
        <location filename="../app/core/geo/equirectangularprojection.cpp" line="+26"/>
        <source>Equirectangular</source>
        <translation>Plattkarte (abstandstreu)</translation>
    </message>
    <message>
        <location filename="../app/core/geo/orthographicprojection.cpp" line="+29"/>
        <source>Globe (orthographic)</source>
        <translation>Globus (orthografisch)</translation>
    </message>
    <message>
        <location filename="../app/core/geo/azimuthalequidistantprojection.cpp" line="+30"/>
        <source>Azimuthal equidistant</source>
        <translation>Mittabstandstreu azimutal</translation>
    </message>
</context>
<context>
    <name>SourceLinks</name>
    <message>
        <location filename="../app/ui/sourcelinks.cpp" line="+30"/>
        <source>%1, retrieved %2</source>
        <extracomment>A web source and the day it was read: &quot;Wikidata: Toruń …, retrieved 2 May 2026&quot;.</extracomment>
        <translation>%1, abgerufen am %2</translation>
    </message>
</context>
<context>
    <name>StartupUpgrade</name>
    <message>
        <location filename="../app/ui/startupupgrade.cpp" line="+24"/>
        <source>Bringing the new atlas data into your atlas…</source>
        <translation>Die neuen Atlasdaten werden in Ihren Atlas übernommen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Twinatlas</source>
        <translation>Twinatlas</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The atlas data was not updated</source>
        <translation>Die Atlasdaten wurden nicht aktualisiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Atlas data</source>
        <translation>Atlasdaten</translation>
    </message>
</context>
<context>
    <name>twinatlas::AddEventCommand</name>
    <message>
        <location filename="../app/commands/addeventcommand.cpp" line="+11"/>
        <source>Add event to %1</source>
        <translation>Ereignis zu %1 hinzufügen</translation>
    </message>
</context>
<context>
    <name>twinatlas::AddPartnershipCommand</name>
    <message>
        <location filename="../app/commands/addpartnershipcommand.cpp" line="+11"/>
        <source>Add partnership %1</source>
        <translation>Partnerschaft %1 hinzufügen</translation>
    </message>
</context>
<context>
    <name>twinatlas::AddPlaceCommand</name>
    <message>
        <location filename="../app/commands/addplacecommand.cpp" line="+7"/>
        <source>Add place %1</source>
        <translation>Ort %1 hinzufügen</translation>
    </message>
</context>
<context>
    <name>twinatlas::Application</name>
    <message>
        <location filename="../app/ui/application.cpp" line="+68"/>
        <source>--select: no place is called “%1”.</source>
        <translation>--select: Kein Ort heißt „%1“.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>--partner: %1 has no partner called “%2”.</source>
        <translation>--partner: %1 hat keinen Partner namens „%2“.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Open this atlas file instead of your own copy.</source>
        <translation>Diese Atlasdatei statt Ihrer eigenen Kopie öffnen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>FILE</source>
        <extracomment>The value of --database in --help: a file name.</extracomment>
        <translation>DATEI</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start with this place selected (for screenshots).</source>
        <translation>Mit diesem Ort ausgewählt starten (für Bildschirmfotos).</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+3"/>
        <source>NAME</source>
        <extracomment>The value of --select and --partner in --help: a place name.</extracomment>
        <translation>NAME</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>With --select, also show the history of the partnership with this partner.</source>
        <translation>Mit --select auch die Geschichte der Partnerschaft mit diesem Partner zeigen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A desktop atlas of sister cities and twin towns.
Without options, opens your own copy of the atlas.
Commands (each with --help):</source>
        <translation>Ein Desktop-Atlas der Städtepartnerschaften und Partnerstädte.
Ohne Optionen wird Ihre eigene Kopie des Atlas geöffnet.
Befehle (jeweils mit --help):</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>unknown option “%1”.</source>
        <translation>unbekannte Option „%1“.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unexpected argument “%1”.</source>
        <translation>unerwartetes Argument „%1“.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The commands are:</source>
        <translation>Die Befehle sind:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>twinatlas --help lists the options of the atlas window.</source>
        <translation>twinatlas --help nennt die Optionen des Atlasfensters.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>%1 was not opened.</source>
        <translation>%1 wurde nicht geöffnet.</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Cannot set up your atlas</source>
        <translation>Ihr Atlas kann nicht eingerichtet werden</translation>
    </message>
</context>
<context>
    <name>twinatlas::AtlasBackup</name>
    <message>
        <location filename="../app/core/db/atlasbackup.cpp" line="+44"/>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>it cannot be moved into place</source>
        <translation>sie kann nicht an ihren Platz verschoben werden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the atlas to be copied is corrupt: %1</source>
        <translation>der zu kopierende Atlas ist beschädigt: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot write the copy %1: %2</source>
        <translation>Die Kopie %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>No atlas is open.</source>
        <translation>Kein Atlas ist geöffnet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A backup cannot replace the atlas itself.</source>
        <translation>Eine Sicherung kann nicht den Atlas selbst ersetzen.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The atlas is not open for changes, so it cannot be restored.</source>
        <translation>Der Atlas ist nicht zum Ändern geöffnet und kann daher nicht wiederhergestellt werden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+7"/>
        <location line="+5"/>
        <source>%1 cannot be restored: %2</source>
        <translation>%1 kann nicht wiederhergestellt werden: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The atlas as it is could not be kept before the restore, so nothing was changed: %1</source>
        <translation>Der Atlas konnte vor der Wiederherstellung nicht in seinem jetzigen Zustand gesichert werden; es wurde nichts geändert: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The restore failed, and the atlas is as it was: %1</source>
        <translation>Die Wiederherstellung ist fehlgeschlagen; der Atlas ist unverändert: %1</translation>
    </message>
</context>
<context>
    <name>twinatlas::AtlasCheck</name>
    <message>
        <location filename="../app/core/db/atlascheck.cpp" line="+52"/>
        <location line="+51"/>
        <location line="+12"/>
        <source>SQLite stopped checking: %1</source>
        <translation>SQLite hat die Prüfung abgebrochen: %1</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>table %1: %2</source>
        <translation>Tabelle %1: %2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>table %1: row %2 refers to a row of %3 that is not there</source>
        <translation>Tabelle %1: Zeile %2 verweist auf eine Zeile von %3, die es nicht gibt</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>table meta: the atlas does not say which data it holds (data_version)</source>
        <translation>Tabelle meta: Der Atlas sagt nicht, welche Daten er enthält (data_version)</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>table search_keys: %n place(s) cannot be found by name</source>
        <translation>
            <numerusform>Tabelle search_keys: %n Ort ist nicht über seinen Namen zu finden</numerusform>
            <numerusform>Tabelle search_keys: %n Orte sind nicht über ihren Namen zu finden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>table checklist: %n postcard(s) of places that are not there</source>
        <translation>
            <numerusform>Tabelle checklist: %n Postkarte von Orten, die es nicht gibt</numerusform>
            <numerusform>Tabelle checklist: %n Postkarten von Orten, die es nicht gibt</numerusform>
        </translation>
    </message>
    <message>
        <location line="+33"/>
        <source>the atlas&apos;s own rules</source>
        <translation>die eigenen Regeln des Atlas</translation>
    </message>
</context>
<context>
    <name>twinatlas::AtlasCommand</name>
    <message>
        <location filename="../app/commands/atlascommand.cpp" line="+43"/>
        <source>%1 – %2</source>
        <comment>two partner places</comment>
        <translation>%1 – %2</translation>
    </message>
</context>
<context>
    <name>twinatlas::AtlasDatabase</name>
    <message>
        <location filename="../app/core/db/atlasdatabase.cpp" line="+157"/>
        <source>The atlas file %1 is missing.</source>
        <translation>Die Atlasdatei %1 fehlt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The atlas file %1 cannot be read: %2</source>
        <translation>Die Atlasdatei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it is a folder</source>
        <translation>es ist ein Ordner</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is not an atlas: it is not an SQLite database.</source>
        <translation>%1 ist kein Atlas: Es ist keine SQLite-Datenbank.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is not an atlas: it is an SQLite database of another program.</source>
        <translation>%1 ist kein Atlas: Es ist die SQLite-Datenbank eines anderen Programms.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The atlas file %1 was made by a newer Twinatlas (schema %2; this program understands up to %3). Update Twinatlas to open it.</source>
        <translation>Die Atlasdatei %1 wurde mit einem neueren Twinatlas erstellt (Schema %2; dieses Programm versteht bis %3). Aktualisieren Sie Twinatlas, um sie zu öffnen.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>%1 is not an atlas: its tables are missing (%2).</source>
        <translation>%1 ist kein Atlas: Seine Tabellen fehlen (%2).</translation>
    </message>
    <message>
        <location line="-173"/>
        <location line="+5"/>
        <source>the disk that holds it is read-only</source>
        <translation>das Laufwerk mit dem Atlas ist schreibgeschützt</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>the file is read-only (%1)</source>
        <translation>die Datei ist schreibgeschützt (%1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>its folder %1 is read-only (%2), and SQLite writes its journal there</source>
        <translation>der Ordner %1 ist schreibgeschützt (%2), und SQLite schreibt dort sein Journal</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the disk that holds it is full</source>
        <translation>das Laufwerk mit dem Atlas ist voll</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>The atlas file %1 is damaged: its size does not match its page size (it may have been cut short).</source>
        <translation>Die Atlasdatei %1 ist beschädigt: Ihre Größe passt nicht zu ihrer Seitengröße (sie wurde vielleicht abgeschnitten).</translation>
    </message>
    <message>
        <location line="+100"/>
        <location line="+70"/>
        <source>it %1</source>
        <translation>%1</translation>
    </message>
    <message>
        <location line="-64"/>
        <source>The atlas file %1 cannot be changed: %2.</source>
        <translation>Die Atlasdatei %1 kann nicht geändert werden: %2.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>The atlas file %1 cannot be read: its latest changes are in %2, which SQLite reads only where it may write beside the atlas, and %3.</source>
        <translation>Die Atlasdatei %1 kann nicht gelesen werden: Ihre letzten Änderungen stehen in %2, das SQLite nur liest, wo es neben dem Atlas schreiben darf, und %3.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The atlas file %1 is of an older schema (%2) and was opened read-only, so it cannot be upgraded.</source>
        <translation>Die Atlasdatei %1 hat ein älteres Schema (%2) und wurde schreibgeschützt geöffnet; sie kann daher nicht aktualisiert werden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The atlas file %1 could not be upgraded: %2</source>
        <translation>Die Atlasdatei %1 konnte nicht aktualisiert werden: %2</translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+14"/>
        <source>The atlas is open read-only, so edits are off: %1.</source>
        <translation>Der Atlas ist schreibgeschützt geöffnet, Änderungen sind daher aus: %1.</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Another Twinatlas (process %1 on %2) is using this atlas, so it is open read-only here: you can look, but not change anything until the other window is closed.</source>
        <translation>Ein anderes Twinatlas (Prozess %1 auf %2) verwendet diesen Atlas; er ist hier daher nur lesbar geöffnet: Sie können alles ansehen, aber nichts ändern, bis das andere Fenster geschlossen ist.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>this computer</source>
        <translation>diesem Computer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The atlas is open read-only: its lock file %1 cannot be written.</source>
        <translation>Der Atlas ist schreibgeschützt geöffnet: Seine Sperrdatei %1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cannot create the atlas %1: the file exists.</source>
        <translation>Der Atlas %1 kann nicht angelegt werden: Die Datei existiert bereits.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot create the atlas %1: %2</source>
        <translation>Der Atlas %1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The atlas file %1 is damaged: %2</source>
        <translation>Die Atlasdatei %1 ist beschädigt: %2</translation>
    </message>
</context>
<context>
    <name>twinatlas::AtlasEditing</name>
    <message>
        <location filename="../app/ui/atlasediting.cpp" line="+53"/>
        <source>Editing</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The atlas as opened</source>
        <translation>Der Atlas beim Öffnen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Add partnership…</source>
        <translation>Partnerschaft hinzufügen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correct…</source>
        <translation>Korrigieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add event…</source>
        <translation>Neues Ereignis…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot undo or redo</source>
        <translation>Rückgängig machen oder Wiederherstellen nicht möglich</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Postcards</source>
        <translation>Postkarten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo history</source>
        <translation>Verlauf der Änderungen</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>P&amp;ostcards</source>
        <translation>P&amp;ostkarten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Undo history</source>
        <translation>&amp;Verlauf der Änderungen</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Read-only</source>
        <translation>Schreibgeschützt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This atlas can be read but not changed now.</source>
        <translation>Dieser Atlas kann gelesen, aber jetzt nicht geändert werden.</translation>
    </message>
</context>
<context>
    <name>twinatlas::AtlasEdits</name>
    <message>
        <location filename="../app/commands/atlasedits.cpp" line="+147"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
</context>
<context>
    <name>twinatlas::AtlasHealth</name>
    <message>
        <location filename="../app/ui/atlashealth.cpp" line="+83"/>
        <source>The atlas file %1 is damaged: SQLite&apos;s check found %2</source>
        <translation>Die Atlasdatei %1 ist beschädigt: Die Prüfung von SQLite fand %2</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The atlas is damaged</source>
        <translation>Der Atlas ist beschädigt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The atlas could not be read</source>
        <translation>Der Atlas konnte nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your atlas is damaged: what the window shows may be incomplete, and edits are off so that nothing is written onto the damaged pages.</source>
        <translation>Ihr Atlas ist beschädigt: Was das Fenster zeigt, kann unvollständig sein, und Änderungen sind aus, damit nichts auf die beschädigten Seiten geschrieben wird.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A part of the atlas could not be read: what the window shows may be incomplete.</source>
        <translation>Ein Teil des Atlas konnte nicht gelesen werden: Was das Fenster zeigt, kann unvollständig sein.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose a &amp;way out…</source>
        <translation>&amp;Ausweg wählen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close the window and restore a backup, start again from the bundled atlas or open another file</source>
        <translation>Das Fenster schließen und eine Sicherung wiederherstellen, mit dem mitgelieferten Atlas neu beginnen oder eine andere Datei öffnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Keep looking</source>
        <translation>&amp;Weiter ansehen</translation>
    </message>
</context>
<context>
    <name>twinatlas::AtlasLocation</name>
    <message>
        <location filename="../app/core/db/atlaslocation.cpp" line="+63"/>
        <source>The bundled atlas %1 is missing; reinstall Twinatlas.</source>
        <translation>Der mitgelieferte Atlas %1 fehlt; installieren Sie Twinatlas neu.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot create the folder %1 for your atlas.</source>
        <translation>Der Ordner %1 für Ihren Atlas kann nicht angelegt werden.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot copy the bundled atlas to %1: %2</source>
        <translation>Der mitgelieferte Atlas kann nicht nach %1 kopiert werden: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot move your new atlas into place at %1.</source>
        <translation>Ihr neuer Atlas kann nicht nach %1 verschoben werden.</translation>
    </message>
</context>
<context>
    <name>twinatlas::AtlasMerge</name>
    <message>
        <location filename="../app/core/db/atlasmerge.cpp" line="+45"/>
        <source>the atlas %1 (in: %2)</source>
        <translation>der Atlas %1 (in: %2)</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>The search index could not be read.</source>
        <translation>Der Suchindex konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+383"/>
        <source>The partnership %1 is kept: your events belong to it.</source>
        <translation>Die Partnerschaft %1 bleibt erhalten: Ihre Ereignisse gehören zu ihr.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1 (%2) is kept: your partnerships or checklist use it.</source>
        <translation>%1 (%2) bleibt erhalten: Ihre Partnerschaften oder Ihre Checkliste verwenden ihn.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The source “%1” is kept: your entries cite it.</source>
        <translation>Die Quelle „%1“ bleibt erhalten: Ihre Einträge zitieren sie.</translation>
    </message>
</context>
<context>
    <name>twinatlas::AtlasRescue</name>
    <message>
        <location filename="../app/core/db/atlasrescue.cpp" line="+37"/>
        <source>The new atlas cannot be moved into place at %1.</source>
        <translation>Der neue Atlas kann nicht nach %1 verschoben werden.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>%1 cannot be set aside as %2; nothing was changed.</source>
        <translation>%1 kann nicht als %2 beiseitegelegt werden; nichts wurde geändert.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The backup %1 cannot be restored: %2</source>
        <translation>Die Sicherung %1 kann nicht wiederhergestellt werden: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The bundled atlas %1 cannot be copied to %2: %3</source>
        <translation>Der mitgelieferte Atlas %1 kann nicht nach %2 kopiert werden: %3</translation>
    </message>
</context>
<context>
    <name>twinatlas::AtlasRescueDialog</name>
    <message>
        <location filename="../app/ui/atlasrescuedialog.cpp" line="+38"/>
        <source>Open an atlas</source>
        <translation>Atlas öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Atlas files (*.sqlite);;All files (*)</source>
        <translation>Atlasdateien (*.sqlite);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot open the atlas</source>
        <translation>Der Atlas kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Your atlas cannot be opened.</source>
        <translation>Ihr Atlas kann nicht geöffnet werden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The atlas cannot be opened.</source>
        <translation>Der Atlas kann nicht geöffnet werden.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Nothing has been changed or deleted. How do you want to go on?</source>
        <translation>Nichts wurde geändert oder gelöscht. Wie möchten Sie weitermachen?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Restore a backup</source>
        <translation>Eine Sicherung wiederherstellen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Restore this backup</source>
        <translation>Diese Sicherung &amp;wiederherstellen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There are no backups of this atlas.</source>
        <translation>Von diesem Atlas gibt es keine Sicherungen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Start again from the bundled atlas</source>
        <translation>Mit dem mitgelieferten Atlas &amp;neu beginnen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start again</source>
        <translation>Neu beginnen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A new copy of the atlas that came with Twinatlas. The file that failed is kept beside it as %1.broken-DATE, with your changes in it.</source>
        <translation>Eine neue Kopie des Atlas, der mit Twinatlas kam. Die Datei, die nicht geöffnet werden konnte, bleibt daneben als %1.broken-DATUM erhalten, mit Ihren Änderungen darin.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Open another file…</source>
        <translation>Andere Datei ö&amp;ffnen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1, %2</source>
        <comment>a backup&apos;s date, time</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>saved by you</source>
        <translation>von Ihnen gesichert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>kept before a restore</source>
        <translation>vor einer Wiederherstellung aufbewahrt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>kept before the update to the data of %1</source>
        <translation>vor der Aktualisierung auf die Daten %1 aufbewahrt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>kept before its format was upgraded</source>
        <translation>vor der Umstellung auf ein neueres Format aufbewahrt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>twinatlas::AtlasStatusBar</name>
    <message>
        <location filename="../app/ui/atlasstatusbar.cpp" line="+15"/>
        <source>Read-only</source>
        <translation>Schreibgeschützt</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Damaged: read-only</source>
        <translation>Beschädigt: schreibgeschützt</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 · %2</source>
        <comment>places · partnerships</comment>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Places: %Ln</source>
        <comment>shown on the map</comment>
        <translation>
            <numerusform>Orte: %Ln</numerusform>
            <numerusform>Orte: %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Partnerships: %Ln</source>
        <comment>shown on the map</comment>
        <translation>
            <numerusform>Partnerschaften: %Ln</numerusform>
            <numerusform>Partnerschaften: %Ln</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>twinatlas::AtlasUpgrader</name>
    <message>
        <location filename="../app/core/db/atlasupgrader.cpp" line="+109"/>
        <source>The atlas was not updated to the new data: %1</source>
        <translation>Der Atlas wurde nicht auf die neuen Daten aktualisiert: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cannot read the new data %1: it %2.</source>
        <translation>Die neuen Daten %1 können nicht gelesen werden: die Datei %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+8"/>
        <source>the atlas %1</source>
        <translation>der Atlas %1</translation>
    </message>
</context>
<context>
    <name>twinatlas::AtlasWriter</name>
    <message>
        <location filename="../app/core/edit/atlaswriter.cpp" line="+35"/>
        <source>No atlas is open.</source>
        <translation>Kein Atlas ist geöffnet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The atlas is open read-only; it cannot be changed.</source>
        <translation>Der Atlas ist schreibgeschützt geöffnet; er kann nicht geändert werden.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The atlas cannot be changed now: it %1.</source>
        <translation>Der Atlas kann jetzt nicht geändert werden: er %1.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The change could not be saved: the atlas %1.</source>
        <translation>Die Änderung konnte nicht gespeichert werden: der Atlas %1.</translation>
    </message>
</context>
<context>
    <name>twinatlas::Attribution</name>
    <message numerus="yes">
        <location filename="../app/core/export/attribution.cpp" line="+111"/>
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 und %n weiterer</numerusform>
            <numerusform>%1 und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Twinatlas bundled data</source>
        <translation>Mitgelieferte Daten von Twinatlas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Map data: Natural Earth. Places: GeoNames (CC BY 4.0). Partnerships: %1.</source>
        <translation>Kartendaten: Natural Earth. Orte: GeoNames (CC BY 4.0). Partnerschaften: %1.</translation>
    </message>
</context>
<context>
    <name>twinatlas::BackupActions</name>
    <message>
        <location filename="../app/ui/backupactions.cpp" line="+23"/>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Back up atlas…</source>
        <translation>Atlas &amp;sichern…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Restore from backup…</source>
        <translation>Aus Sicherung &amp;wiederherstellen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save a copy of the atlas with all your changes</source>
        <translation>Eine Kopie des Atlas mit allen Ihren Änderungen speichern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replace the atlas with a copy saved earlier</source>
        <translation>Den Atlas durch eine früher gespeicherte Kopie ersetzen</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Back up atlas</source>
        <translation>Atlas sichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+11"/>
        <source>Atlas files (*.sqlite)</source>
        <translation>Atlasdateien (*.sqlite)</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Cannot back up the atlas</source>
        <translation>Der Atlas kann nicht gesichert werden</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+10"/>
        <source>Restore from backup</source>
        <translation>Aus Sicherung wiederherstellen</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Replace the atlas with the backup “%1” of %2? Everything changed since then is replaced, and the undo history is cleared. A copy of the atlas as it is now is kept first.</source>
        <translation>Den Atlas durch die Sicherung „%1“ vom %2 ersetzen? Alles, was seitdem geändert wurde, wird ersetzt, und der Verlauf der Änderungen wird geleert. Eine Kopie des Atlas in seinem jetzigen Zustand wird vorher aufbewahrt.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot restore the atlas</source>
        <translation>Der Atlas kann nicht wiederhergestellt werden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Atlas restored</source>
        <translation>Atlas wiederhergestellt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The atlas is as it was in the backup. The atlas as it was before is kept in %1.</source>
        <translation>Der Atlas ist so, wie er in der Sicherung war. Der vorherige Atlas ist in %1 aufbewahrt.</translation>
    </message>
</context>
<context>
    <name>twinatlas::BaseMap</name>
    <message>
        <location filename="../app/core/render/basemap.cpp" line="+71"/>
        <source>The base map %1 does not exist.</source>
        <translation>Die Grundkarte %1 existiert nicht.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+50"/>
        <source>Cannot open the base map %1: %2</source>
        <translation>Die Grundkarte %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location line="-42"/>
        <location line="+53"/>
        <location line="+14"/>
        <source>The base map %1 cannot be read: it %2.</source>
        <translation>Die Basiskarte %1 kann nicht gelesen werden: die Datei %2.</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>%1 is not a Twinatlas base map: %2</source>
        <translation>%1 ist keine Twinatlas-Grundkarte: %2</translation>
    </message>
</context>
<context>
    <name>twinatlas::CheckCommand</name>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="+31"/>
        <source>Checks the atlas without changing it: every page and index (SQLite&apos;s integrity_check), the references between rows (foreign_key_check) and the atlas&apos;s own rules. Prints each problem; exits 0 when there is none, 2 when the atlas is damaged or cannot be read.</source>
        <translation>Prüft den Atlas, ohne ihn zu ändern: jede Seite und jeden Index (integrity_check von SQLite), die Verweise zwischen Zeilen (foreign_key_check) und die eigenen Regeln des Atlas. Gibt jedes Problem aus; endet mit 0, wenn es keines gibt, mit 2, wenn der Atlas beschädigt ist oder nicht gelesen werden kann.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The atlas file to check.</source>
        <translation>Die zu prüfende Atlasdatei.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>unexpected argument “%1”.</source>
        <translation>unerwartetes Argument „%1“.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: no problems found (%2).</source>
        <translation>%1: keine Probleme gefunden (%2).</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>The atlas file %1 is damaged: %n problem(s), listed above.</source>
        <translation>
            <numerusform>Die Atlasdatei %1 ist beschädigt: %n Problem, oben aufgeführt.</numerusform>
            <numerusform>Die Atlasdatei %1 ist beschädigt: %n Probleme, oben aufgeführt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>twinatlas::ChecklistCsvWriter</name>
    <message>
        <location filename="../app/core/edit/checklistcsvwriter.cpp" line="+27"/>
        <source>Received</source>
        <translation>Erhalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wanted</source>
        <translation>Gesucht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not yet</source>
        <translation>Noch nicht</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Place</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Card</source>
        <translation>Karte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received on</source>
        <translation>Erhalten am</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Partner id</source>
        <translation>Partner-ID</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>twinatlas::ChecklistEntryCommand</name>
    <message>
        <location filename="../app/commands/checklistentrycommand.cpp" line="+24"/>
        <source>Card from %1 received</source>
        <translation>Karte aus %1 erhalten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Card from %1 wanted</source>
        <translation>Karte aus %1 gesucht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Card from %1 not yet collected</source>
        <translation>Karte aus %1 noch nicht gesammelt</translation>
    </message>
</context>
<context>
    <name>twinatlas::ChecklistModel</name>
    <message>
        <location filename="../app/models/checklistmodel.cpp" line="+39"/>
        <source>Received</source>
        <translation>Erhalten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wanted</source>
        <translation>Gesucht</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not yet</source>
        <translation>Noch nicht</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Card</source>
        <extracomment>Column of the postcard checklist: whether the postcard from this partner came.</extracomment>
        <translation>Karte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Received on</source>
        <translation>Erhalten am</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
</context>
<context>
    <name>twinatlas::ChecklistPane</name>
    <message>
        <location filename="../app/ui/checklistpane.cpp" line="+61"/>
        <source>&amp;Received</source>
        <translation>&amp;Erhalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Wanted</source>
        <translation>&amp;Gesucht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Not yet</source>
        <translation>&amp;Noch nicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export as CSV…</source>
        <translation>Als CSV &amp;exportieren…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a place to keep a checklist of postcards from its partner towns.</source>
        <translation>Wählen Sie einen Ort, um eine Checkliste der Postkarten aus seinen Partnerstädten zu führen.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The sender, what the card shows</source>
        <translation>Absender, Motiv der Karte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The card from this partner has come, on the date given</source>
        <translation>Die Karte dieses Partners ist am angegebenen Datum angekommen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Received &amp;on:</source>
        <translation>Erhalten &amp;am:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;ote:</source>
        <translation>N&amp;otiz:</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>%1 has no partners to collect cards from yet.</source>
        <translation>%1 hat noch keine Partner, von denen Karten zu sammeln wären.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postcards from the partners of %1</source>
        <translation>Postkarten aus den Partnerstädten von %1</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 of %n twins</source>
        <comment>cards received, of all partners</comment>
        <translation>
            <numerusform>%1 von %n Partnerstadt</numerusform>
            <numerusform>%1 von %n Partnerstädten</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 · %2</source>
        <comment>progress · wanted</comment>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n wanted</source>
        <comment>cards looked for</comment>
        <translation>
            <numerusform>%n gesucht</numerusform>
            <numerusform>%n gesucht</numerusform>
        </translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Cannot change the checklist</source>
        <translation>Die Checkliste kann nicht geändert werden</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Postcards of %1.csv</source>
        <translation>Postkarten von %1.csv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the checklist</source>
        <translation>Checkliste exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot export the checklist</source>
        <translation>Die Checkliste kann nicht exportiert werden</translation>
    </message>
</context>
<context>
    <name>twinatlas::CityListPane</name>
    <message>
        <location filename="../app/ui/citylistpane.cpp" line="+74"/>
        <source>Find a place</source>
        <translation>Ort suchen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Search all places (Ctrl+F)</source>
        <translation>Alle Orte durchsuchen (Strg+F)</translation>
    </message>
    <message numerus="yes">
        <location line="+148"/>
        <source>Places with partners: %Ln</source>
        <translation>
            <numerusform>Orte mit Partnern: %Ln</numerusform>
            <numerusform>Orte mit Partnern: %Ln</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No place is called “%1”.</source>
        <translation>Kein Ort heißt „%1“.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The first %n matches; type more to narrow them down.</source>
        <translation>
            <numerusform>Der erste Treffer; tippen Sie weiter, um die Suche einzugrenzen.</numerusform>
            <numerusform>Die ersten %n Treffer; tippen Sie weiter, um die Suche einzugrenzen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Matches: %n</source>
        <translation>
            <numerusform>Treffer: %n</numerusform>
            <numerusform>Treffer: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>twinatlas::ColumnMapping</name>
    <message>
        <location filename="../app/core/io/columnmapping.cpp" line="+236"/>
        <source>No column holds the place: map one column to “place”.</source>
        <translation>Keine Spalte enthält den Ort: Ordnen Sie eine Spalte dem Feld „place“ zu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No column holds the partner: map one column to “partner”, or to “partners” when one cell lists all the twins of the place.</source>
        <translation>Keine Spalte enthält den Partner: Ordnen Sie eine Spalte dem Feld „partner“ zu, oder „partners“, wenn eine Zelle alle Partnerstädte des Ortes aufzählt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A latitude column needs its longitude column, and the other way round.</source>
        <translation>Eine Spalte für den Breitengrad braucht ihre Spalte für den Längengrad, und umgekehrt.</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>unknown field “%1” in the column mapping; fields are: %2</source>
        <translation>unbekanntes Feld „%1“ in der Spaltenzuordnung; die Felder sind: %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>no column “%1” for %2; the columns are: %3</source>
        <translation>keine Spalte „%1“ für %2; die Spalten sind: %3</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>(ignore)</source>
        <translation>(ignorieren)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place: country</source>
        <translation>Ort: Land</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place: region</source>
        <translation>Ort: Region</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place: latitude</source>
        <translation>Ort: Breitengrad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place: longitude</source>
        <translation>Ort: Längengrad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place: coordinates</source>
        <translation>Ort: Koordinaten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place: GeoNames id</source>
        <translation>Ort: GeoNames-ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partner: country</source>
        <translation>Partner: Land</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partner: region</source>
        <translation>Partner: Region</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partner: latitude</source>
        <translation>Partner: Breitengrad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partner: longitude</source>
        <translation>Partner: Längengrad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partner: coordinates</source>
        <translation>Partner: Koordinaten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partner: GeoNames id</source>
        <translation>Partner: GeoNames-ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partners (a list in one cell)</source>
        <translation>Partner (eine Liste in einer Zelle)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source URL</source>
        <translation>Quellen-URL</translation>
    </message>
</context>
<context>
    <name>twinatlas::CommandLine</name>
    <message>
        <location filename="../app/cli/commandline.cpp" line="+36"/>
        <source>a place&apos;s partnerships, or the atlas&apos;s figures</source>
        <translation>die Partnerschaften eines Ortes oder die Zahlen des Atlas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the place nearest to a position or a GPS log</source>
        <translation>der Ort, der einer Position oder einem GPS-Protokoll am nächsten liegt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a map as PNG, SVG or PDF</source>
        <translation>eine Karte als PNG, SVG oder PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the partnerships as CSV, GeoJSON or KML</source>
        <translation>die Partnerschaften als CSV, GeoJSON oder KML</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>partnerships from a list into the atlas</source>
        <translation>Partnerschaften aus einer Liste in den Atlas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the atlas file checked for damage, page by page</source>
        <translation>die Atlasdatei Seite für Seite auf Schäden geprüft</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>partnerships from Wikidata, and what changed there</source>
        <translation>Partnerschaften aus Wikidata, und was sich dort geändert hat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a team atlas on a PostgreSQL server set up, and its members</source>
        <translation>einen Team-Atlas auf einem PostgreSQL-Server einrichten, und seine Mitglieder</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this atlas and a team atlas brought level</source>
        <translation>diesen Atlas mit einem Team-Atlas abgleichen</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>twinatlas: unknown command “%1”. The commands are:</source>
        <translation>twinatlas: unbekannter Befehl „%1“. Die Befehle sind:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Each command says more with --help; twinatlas without a command opens the atlas window.</source>
        <translation>Jeder Befehl sagt mit --help mehr; twinatlas ohne Befehl öffnet das Atlasfenster.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>the atlas is read-only.</source>
        <translation>der Atlas ist schreibgeschützt.</translation>
    </message>
</context>
<context>
    <name>twinatlas::DateField</name>
    <message>
        <location filename="../app/ui/datefield.cpp" line="+17"/>
        <source>YYYY, YYYY-MM or YYYY-MM-DD</source>
        <translation>JJJJ, JJJJ-MM oder JJJJ-MM-TT</translation>
    </message>
</context>
<context>
    <name>twinatlas::DetailPane</name>
    <message>
        <location filename="../app/ui/detailpane.cpp" line="+125"/>
        <source>Partners</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Choose a partner to see the history of the partnership.</source>
        <translation>Wählen Sie einen Partner, um die Geschichte der Partnerschaft zu sehen.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>This place is not in the atlas.</source>
        <translation>Dieser Ort ist nicht im Atlas.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Also called %1</source>
        <comment>the place&apos;s other name: Galway is also called Gaillimh</comment>
        <translation>Auch genannt: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Also written %1</source>
        <translation>Auch geschrieben: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1, %2</source>
        <comment>region, country</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Population %1</source>
        <translation>Einwohner: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Population unknown</source>
        <translation>Einwohnerzahl unbekannt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 · %2</source>
        <comment>population · coordinates</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No partners in the atlas</source>
        <translation>Keine Partner im Atlas</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Partners (%n)</source>
        <translation>
            <numerusform>Partner (%n)</numerusform>
            <numerusform>Partner (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+11"/>
        <source>History</source>
        <translation>Geschichte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 – %2</source>
        <comment>the two partner places</comment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Wikidata no longer lists this twinning (noticed on %1). If it has ended, edit or remove it.</source>
        <translation>Wikidata führt diese Städtepartnerschaft nicht mehr (bemerkt am %1). Falls sie beendet ist, bearbeiten oder entfernen Sie sie.</translation>
    </message>
</context>
<context>
    <name>twinatlas::DetailStartPage</name>
    <message>
        <location filename="../app/ui/detailstartpage.cpp" line="+34"/>
        <source>Type a town’s name in the Places list, in any spelling or language.</source>
        <translation>Geben Sie den Namen einer Stadt in der Liste „Orte“ ein, in beliebiger Schreibweise oder Sprache.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find a town</source>
        <translation>Stadt suchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The atlas comes with a few towns’ partnerships. Wikidata knows those of thousands more, all over the world.</source>
        <translation>Der Atlas enthält die Partnerschaften einiger Städte. Wikidata kennt die von Tausenden weiteren in aller Welt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Get partnerships from Wikidata…</source>
        <translation>Partnerschaften von Wikidata holen…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>See a town’s partners</source>
        <translation>Die Partner einer Stadt ansehen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Or click a dot on the map: each dot is a town with partners, each line a partnership. Hover over one to see its name.</source>
        <translation>Oder klicken Sie auf einen Punkt der Karte: Jeder Punkt ist eine Stadt mit Partnern, jede Linie eine Partnerschaft. Zeigen Sie mit der Maus darauf, um den Namen zu sehen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Its partners and the history of each partnership appear here.</source>
        <translation>Hier erscheinen dann ihre Partner und die Geschichte jeder Partnerschaft.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>%1 (%2)</source>
        <comment>action, shortcut</comment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>twinatlas::EditActions</name>
    <message>
        <location filename="../app/ui/editactions.cpp" line="+88"/>
        <source>&amp;Add partnership…</source>
        <translation>Partnerschaft &amp;hinzufügen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add partnership</source>
        <translation>Partnerschaft hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a partnership between two places (Ctrl+Shift+N)</source>
        <translation>Eine Partnerschaft zwischen zwei Orten hinzufügen (Strg+Umschalt+N)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit partnership…</source>
        <translation>Partnerschaft &amp;bearbeiten…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;nd partnership…</source>
        <translation>Partnerschaft b&amp;eenden…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Suspend partnership…</source>
        <translation>Partnerschaft aus&amp;setzen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Res&amp;ume partnership…</source>
        <translation>Partnerschaft wieder auf&amp;nehmen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rene&amp;w partnership…</source>
        <translation>Partnerschaft er&amp;neuern…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>End, suspend, resume or renew the partnership; the event is added to its history</source>
        <translation>Die Partnerschaft beenden, aussetzen, wieder aufnehmen oder erneuern; das Ereignis wird ihrer Geschichte hinzugefügt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Remove partnership</source>
        <translation>Partnerschaft &amp;entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add e&amp;vent…</source>
        <translation>Ereig&amp;nis hinzufügen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a signing, a delegation, an exchange or another event to the history of the partnership</source>
        <translation>Eine Unterzeichnung, eine Delegation, einen Austausch oder ein anderes Ereignis zur Geschichte der Partnerschaft hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add &amp;place…</source>
        <translation>&amp;Ort hinzufügen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a place the gazetteer lacks, such as a district or a village</source>
        <translation>Einen Ort hinzufügen, der im Ortsverzeichnis fehlt, etwa einen Stadtteil oder ein Dorf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add place</source>
        <translation>Ort hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correct place…</source>
        <translation>Ort korrigieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correct the place&apos;s name, country or position</source>
        <translation>Namen, Land oder Lage des Ortes korrigieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove place</source>
        <translation>Ort entfernen</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>%1 – %2</source>
        <comment>the two partner places</comment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>Cannot remove the partnership</source>
        <translation>Die Partnerschaft kann nicht entfernt werden</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Cannot remove the event</source>
        <translation>Das Ereignis kann nicht entfernt werden</translation>
    </message>
    <message numerus="yes">
        <location line="+90"/>
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 und %n weiterer</numerusform>
            <numerusform>%1 und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Removing %1 also removes its partnerships with %2, and their history. Remove the place and these partnerships?</source>
        <translation>Wenn Sie %1 entfernen, werden auch seine Partnerschaften mit %2 und deren Geschichte entfernt. Den Ort und diese Partnerschaften entfernen?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot remove the place</source>
        <translation>Der Ort kann nicht entfernt werden</translation>
    </message>
</context>
<context>
    <name>twinatlas::EditEventCommand</name>
    <message>
        <location filename="../app/commands/editeventcommand.cpp" line="+11"/>
        <source>Edit event of %1</source>
        <translation>Ereignis von %1 bearbeiten</translation>
    </message>
</context>
<context>
    <name>twinatlas::EditPartnershipCommand</name>
    <message>
        <location filename="../app/commands/editpartnershipcommand.cpp" line="+11"/>
        <source>Edit partnership %1</source>
        <translation>Partnerschaft %1 bearbeiten</translation>
    </message>
</context>
<context>
    <name>twinatlas::EditPlaceCommand</name>
    <message>
        <location filename="../app/commands/editplacecommand.cpp" line="+7"/>
        <source>Edit place %1</source>
        <translation>Ort %1 bearbeiten</translation>
    </message>
</context>
<context>
    <name>twinatlas::EditValidator</name>
    <message>
        <location filename="../app/core/edit/editvalidator.cpp" line="+54"/>
        <source>%1: “%2” is not one of %3.</source>
        <translation>%1: „%2“ ist keiner von %3.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The atlas could not be read to check this change: the atlas %1.</source>
        <translation>Der Atlas konnte zur Prüfung dieser Änderung nicht gelesen werden: der Atlas %1.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Identifier</source>
        <translation>Kennung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>GeoNames id</source>
        <translation>GeoNames-ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name in Latin letters</source>
        <translation>Name in lateinischer Schrift</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Longitude</source>
        <translation>Längengrad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latitude</source>
        <translation>Breitengrad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Population</source>
        <translation>Einwohnerzahl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+16"/>
        <source>Place</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location line="-15"/>
        <location line="+17"/>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start date</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End date</source>
        <translation>Ende</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Partnership</source>
        <translation>Partnerschaft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Web address</source>
        <translation>Webadresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Card</source>
        <translation>Karte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Received on</source>
        <translation>Erhalten am</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: a date is needed (YYYY, YYYY-MM or YYYY-MM-DD).</source>
        <translation>%1: Ein Datum wird benötigt (JJJJ, JJJJ-MM oder JJJJ-MM-TT).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: “%2” is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD.</source>
        <translation>%1: „%2“ ist kein Datum der Form JJJJ, JJJJ-MM oder JJJJ-MM-TT.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: “%2” has no month %3.</source>
        <translation>%1: „%2“ hat keinen Monat %3.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: “%2” is not a day of the calendar.</source>
        <translation>%1: „%2“ ist kein Tag des Kalenders.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: %2 is before the start date %3.</source>
        <translation>%1: %2 liegt vor dem Beginn %3.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: %2 is outside −180 to 180 degrees.</source>
        <translation>%1: %2 liegt außerhalb von −180 bis 180 Grad.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: %2 is outside −90 to 90 degrees.</source>
        <translation>%1: %2 liegt außerhalb von −90 bis 90 Grad.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: “%2” is not an http or https address.</source>
        <translation>%1: „%2“ ist keine http- oder https-Adresse.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: give an http or https address, or the name of a document.</source>
        <translation>%1: Geben Sie eine http- oder https-Adresse oder den Namen eines Dokuments an.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1: a place needs a name.</source>
        <translation>%1: Ein Ort braucht einen Namen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: “%2” is not a two-letter country code such as DE.</source>
        <translation>%1: „%2“ ist kein zweibuchstabiger Ländercode wie DE.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: cannot be negative.</source>
        <translation>%1: darf nicht negativ sein.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: must be a positive number.</source>
        <translation>%1: muss eine positive Zahl sein.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: %2 is already the place %3.</source>
        <translation>%1: %2 ist bereits der Ort %3.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: “%2” is already used by another place.</source>
        <translation>%1: „%2“ wird bereits von einem anderen Ort verwendet.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: there is no source %2.</source>
        <translation>%1: Es gibt keine Quelle %2.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: an alternate name cannot be empty.</source>
        <translation>%1: Ein anderer Name darf nicht leer sein.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+21"/>
        <source>%1: there is no place %2.</source>
        <translation>%1: Es gibt keinen Ort %2.</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>%1: %2 already has the name “%3”.</source>
        <translation>%1: %2 hat bereits den Namen „%3“.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1: a place cannot be partnered with itself.</source>
        <translation>%1: Ein Ort kann keine Partnerschaft mit sich selbst haben.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1: %2 and %3 already have a partnership of the kind “%4”.</source>
        <translation>%1: %2 und %3 haben bereits eine Partnerschaft der Art „%4“.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: there is no partnership %2.</source>
        <translation>%1: Es gibt keine Partnerschaft %2.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: a source needs a title.</source>
        <translation>%1: Eine Quelle braucht einen Titel.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: “%2” is already used by another source.</source>
        <translation>%1: „%2“ wird bereits von einer anderen Quelle verwendet.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: there is no place “%2”.</source>
        <translation>%1: Es gibt keinen Ort „%2“.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: a place is not its own partner.</source>
        <translation>%1: Ein Ort ist nicht sein eigener Partner.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: only a card that has been received has a date.</source>
        <translation>%1: Nur eine erhaltene Karte hat ein Datum.</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%1 cannot be removed while %n partnership(s) refer to it; remove them first.</source>
        <translation>
            <numerusform>%1 kann nicht entfernt werden, solange %n Partnerschaft darauf verweist; entfernen Sie diese zuerst.</numerusform>
            <numerusform>%1 kann nicht entfernt werden, solange %n Partnerschaften darauf verweisen; entfernen Sie diese zuerst.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>The source “%1” cannot be removed while %n row(s) cite it.</source>
        <translation>
            <numerusform>Die Quelle „%1“ kann nicht entfernt werden, solange %n Eintrag sie zitiert.</numerusform>
            <numerusform>Die Quelle „%1“ kann nicht entfernt werden, solange %n Einträge sie zitieren.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>twinatlas::EventDialog</name>
    <message>
        <location filename="../app/ui/eventdialog.cpp" line="+38"/>
        <source>Add event</source>
        <translation>Ereignis hinzufügen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>What happened, who took part</source>
        <translation>Was geschah, wer nahm teil</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Type:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;escription:</source>
        <translation>B&amp;eschreibung:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sources:</source>
        <translation>Quellen:</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Edit event</source>
        <translation>Ereignis bearbeiten</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>End partnership</source>
        <translation>Partnerschaft beenden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Suspend partnership</source>
        <translation>Partnerschaft aussetzen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resume partnership</source>
        <translation>Partnerschaft wieder aufnehmen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Renew partnership</source>
        <translation>Partnerschaft erneuern</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Date: the partnership began in %1; it cannot end before.</source>
        <translation>Datum: Die Partnerschaft begann %1; sie kann nicht davor enden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type: choose one.</source>
        <translation>Art: Wählen Sie eine aus.</translation>
    </message>
</context>
<context>
    <name>twinatlas::ExportChoices</name>
    <message>
        <location filename="../app/ui/exportchoices.cpp" line="+95"/>
        <source>%1 and its partner towns</source>
        <comment>title of an exported map</comment>
        <translation>%1 und seine Partnerstädte</translation>
    </message>
</context>
<context>
    <name>twinatlas::ExportCommand</name>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="+74"/>
        <source>Writes a map of the atlas, or of one place&apos;s partnerships, as PNG, SVG or PDF, and prints the path of the file written.</source>
        <translation>Schreibt eine Karte des Atlas oder der Partnerschaften eines Ortes als PNG, SVG oder PDF und gibt den Pfad der geschriebenen Datei aus.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file to write: .png, .svg or .pdf.</source>
        <translation>Die zu schreibende Datei: .png, .svg oder .pdf.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+37"/>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>The place whose partnerships to show (a name or a uid such as gn:2934246).</source>
        <translation>Der Ort, dessen Partnerschaften gezeigt werden (ein Name oder eine Kennung wie gn:2934246).</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+29"/>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>world, view (the map window&apos;s last view) or fit (the place and its partners). Default: fit with --place, else world.</source>
        <translation>world, view (die letzte Ansicht des Kartenfensters) oder fit (der Ort und seine Partner). Vorgabe: fit mit --place, sonst world.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>EXTENT</source>
        <translation>AUSSCHNITT</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>WIDTHxHEIGHT in pixels, newsletter (1200x800, the default) or social (1200x630).</source>
        <translation>BREITExHÖHE in Pixeln, newsletter (1200x800, die Vorgabe) oder social (1200x630).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SIZE</source>
        <translation>GRÖSSE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a4 or a3, instead of --size.</source>
        <translation>a4 oder a3, anstelle von --size.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PAPER</source>
        <translation>PAPIER</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>landscape (default) or portrait, with --paper.</source>
        <translation>landscape (Vorgabe) oder portrait, mit --paper.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ORIENTATION</source>
        <translation>AUSRICHTUNG</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resolution, 36 to 1200: 96 for pixel sizes and 300 for paper unless given.</source>
        <translation>Auflösung, 36 bis 1200: 96 für Pixelgrößen und 300 für Papier, sofern nicht angegeben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A title above the map.</source>
        <translation>Ein Titel über der Karte.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TITLE</source>
        <translation>TITEL</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A line under the title.</source>
        <translation>Eine Zeile unter dem Titel.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>light (default), dark or print.</source>
        <translation>light (Vorgabe), dark oder print.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>THEME</source>
        <translation>SCHEMA</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One of: %1.</source>
        <translation>Eine von: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Leave the background unpainted (PNG, SVG).</source>
        <translation>Den Hintergrund nicht füllen (PNG, SVG).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The atlas file to read.</source>
        <translation>Die zu lesende Atlasdatei.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>unexpected argument %1; give the place with --place.</source>
        <translation>unerwartetes Argument %1; geben Sie den Ort mit --place an.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>give the file to write with --out FILE.png, .svg or .pdf.</source>
        <translation>geben Sie die zu schreibende Datei mit --out DATEI.png, .svg oder .pdf an.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot tell the format of %1: the name must end in .png, .svg or .pdf.</source>
        <translation>das Format von %1 ist nicht zu erkennen: Der Name muss auf .png, .svg oder .pdf enden.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--dpi must be a whole number from %1 to %2, not %3.</source>
        <translation>--dpi muss eine ganze Zahl von %1 bis %2 sein, nicht %3.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--size and --paper contradict each other; give one of them.</source>
        <translation>--size und --paper widersprechen sich; geben Sie nur eines an.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--orientation goes with --paper; for pixels give --size WIDTHxHEIGHT.</source>
        <translation>--orientation gehört zu --paper; für Pixel geben Sie --size BREITExHÖHE an.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unknown paper %1; use a4 or a3.</source>
        <translation>unbekanntes Papier %1; verwenden Sie a4 oder a3.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown orientation %1; use landscape or portrait.</source>
        <translation>unbekannte Ausrichtung %1; verwenden Sie landscape oder portrait.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>bad --size %1: give WIDTHxHEIGHT in pixels, each from %2 to %3, or newsletter or social.</source>
        <translation>ungültiges --size %1: Geben Sie BREITExHÖHE in Pixeln an, jeweils von %2 bis %3, oder newsletter oder social.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 is %2 × %3 pixels, more than a PNG can be made of here; lower --dpi.</source>
        <translation>%1 ist %2 × %3 Pixel groß, mehr als hier für ein PNG möglich ist; verringern Sie --dpi.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>unknown theme %1; use %2.</source>
        <translation>unbekanntes Farbschema %1; verwenden Sie %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unknown projection %1; use one of: %2.</source>
        <translation>unbekannte Projektion %1; verwenden Sie eine von: %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--place needs a name.</source>
        <translation>--place braucht einen Namen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>unknown extent %1; use world, view or fit.</source>
        <translation>unbekannter Ausschnitt %1; verwenden Sie world, view oder fit.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--extent fit needs --place: fit which place&apos;s partnerships?</source>
        <translation>--extent fit braucht --place: An die Partnerschaften welches Ortes anpassen?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--projection cannot be combined with --extent view, which keeps the projection of the saved view.</source>
        <translation>--projection kann nicht mit --extent view kombiniert werden, das die Projektion der gespeicherten Ansicht beibehält.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--transparent needs a PNG or SVG file; a PDF page is always paper.</source>
        <translation>--transparent braucht eine PNG- oder SVG-Datei; eine PDF-Seite ist immer Papier.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no map view has been saved yet (open the atlas window once), or it is unreadable in %1; use --extent world or fit.</source>
        <translation>es wurde noch keine Kartenansicht gespeichert (öffnen Sie einmal das Atlasfenster), oder sie ist in %1 unlesbar; verwenden Sie --extent world oder fit.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>no place is called %1.</source>
        <translation>kein Ort heißt %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no place is called %1. Closest matches: %2.</source>
        <translation>kein Ort heißt %1. Ähnlichste Treffer: %2.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Partnerships of %1, %2</source>
        <translation>Städtepartnerschaften von %1, %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Twin towns and sister cities of the world</source>
        <translation>Städtepartnerschaften der Welt</translation>
    </message>
</context>
<context>
    <name>twinatlas::ExportDataCommand</name>
    <message>
        <location filename="../app/cli/exportdatacommand.cpp" line="+42"/>
        <source>Writes the partnerships as CSV (which `import` reads back), GeoJSON or KML, and prints the path written.</source>
        <translation>Schreibt die Partnerschaften als CSV (das `import` wieder einliest), GeoJSON oder KML und gibt den geschriebenen Pfad aus.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>csv, geojson or kml.</source>
        <translation>csv, geojson oder kml.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file to write.</source>
        <translation>Die zu schreibende Datei.</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+5"/>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Only this place&apos;s partnerships (a name or a uid such as gn:2934246).</source>
        <translation>Nur die Partnerschaften dieses Ortes (ein Name oder eine Kennung wie gn:2934246).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The atlas file to read.</source>
        <translation>Die zu lesende Atlasdatei.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>unexpected argument “%1”.</source>
        <translation>unerwartetes Argument „%1“.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>give the file to write with --out FILE.</source>
        <translation>geben Sie die zu schreibende Datei mit --out DATEI an.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unknown format “%1”; use csv, geojson or kml.</source>
        <translation>unbekanntes Format „%1“; verwenden Sie csv, geojson oder kml.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Twin towns and sister cities</source>
        <translation>Städtepartnerschaften</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>no place is called “%1”.</source>
        <translation>kein Ort heißt „%1“.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no place is called “%1”. Closest matches: %2.</source>
        <translation>kein Ort heißt „%1“. Ähnlichste Treffer: %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Partnerships of %1</source>
        <translation>Partnerschaften von %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>twinatlas::ExportDialog</name>
    <message>
        <location filename="../app/ui/exportdialog.cpp" line="+40"/>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG-Zeichnung (*.svg)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+2"/>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> dpi</source>
        <translation> dpi</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Transparent background</source>
        <translation>&amp;Transparenter Hintergrund</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+210"/>
        <location line="+45"/>
        <location line="+26"/>
        <source>Export map</source>
        <translation>Karte exportieren</translation>
    </message>
    <message>
        <location line="-254"/>
        <source>PNG image</source>
        <translation>PNG-Bild</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SVG drawing</source>
        <translation>SVG-Zeichnung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF document</source>
        <translation>PDF-Dokument</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The current view</source>
        <translation>Die aktuelle Ansicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The whole world</source>
        <translation>Die ganze Welt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 and its partners</source>
        <translation>%1 und seine Partner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The selected place and its partners</source>
        <translation>Der ausgewählte Ort und seine Partner</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No title</source>
        <translation>Kein Titel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No subtitle</source>
        <translation>Kein Untertitel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As on screen (%1)</source>
        <translation>Wie auf dem Bildschirm (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print: white paper, strong lines</source>
        <translation>Druck: weißes Papier, kräftige Linien</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>×</source>
        <comment>width × height</comment>
        <translation>×</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>F&amp;ormat:</source>
        <translation>F&amp;ormat:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Size:</source>
        <translation>&amp;Größe:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Area:</source>
        <translation>&amp;Ausschnitt:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;itle:</source>
        <translation>T&amp;itel:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;ubtitle:</source>
        <translation>&amp;Untertitel:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;heme:</source>
        <translation>&amp;Farbschema:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>%1 × %2 pixels is more than a PNG can be made of here: choose a smaller size or a lower resolution.</source>
        <translation>%1 × %2 Pixel sind mehr, als hier für ein PNG möglich ist: Wählen Sie eine kleinere Größe oder eine geringere Auflösung.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 × %2 pixels</source>
        <translation>%1 × %2 Pixel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 × %2 cm when printed at %3 dpi</source>
        <translation>%1 × %2 cm bei %3 dpi gedruckt</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Choose the file to write the map to.</source>
        <translation>Wählen Sie die Datei, in die die Karte geschrieben wird.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Writing %1…</source>
        <translation>%1 wird geschrieben…</translation>
    </message>
</context>
<context>
    <name>twinatlas::ExportPreset</name>
    <message>
        <location filename="../app/ui/exportpreset.cpp" line="+9"/>
        <source>Newsletter column, 1200 × 800 px</source>
        <translation>Spalte eines Mitteilungsblatts, 1200 × 800 px</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Social card, 1200 × 630 px</source>
        <translation>Karte für soziale Medien, 1200 × 630 px</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Custom size</source>
        <translation>Eigene Größe</translation>
    </message>
</context>
<context>
    <name>twinatlas::ExportPreview</name>
    <message>
        <location filename="../app/ui/exportpreview.cpp" line="+45"/>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>Drawing the preview…</source>
        <translation>Vorschau wird gezeichnet…</translation>
    </message>
</context>
<context>
    <name>twinatlas::ExportSize</name>
    <message>
        <location filename="../app/core/export/exportsize.cpp" line="+87"/>
        <source>%1 landscape, %2 dpi</source>
        <translation>%1 quer, %2 dpi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 portrait, %2 dpi</source>
        <translation>%1 hoch, %2 dpi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 × %2 px</source>
        <translation>%1 × %2 px</translation>
    </message>
</context>
<context>
    <name>twinatlas::GazetteerIndex</name>
    <message>
        <location filename="../app/core/io/gazetteerindex.cpp" line="+224"/>
        <source>The regions cannot be read: the atlas %1.</source>
        <translation>Die Regionen können nicht gelesen werden: der Atlas %1.</translation>
    </message>
    <message>
        <location line="+41"/>
        <location line="+21"/>
        <source>The places cannot be read: the atlas %1.</source>
        <translation>Die Orte können nicht gelesen werden: der Atlas %1.</translation>
    </message>
    <message>
        <location line="+37"/>
        <location line="+18"/>
        <source>The alternate names cannot be read: the atlas %1.</source>
        <translation>Die weiteren Namen können nicht gelesen werden: der Atlas %1.</translation>
    </message>
</context>
<context>
    <name>twinatlas::ImportActions</name>
    <message>
        <location filename="../app/ui/importactions.cpp" line="+25"/>
        <source>&amp;Import partnerships…</source>
        <translation>Partnerschaften &amp;importieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paste &amp;list of twins…</source>
        <translation>&amp;Liste von Partnerstädten einfügen…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add the partnerships of a CSV file, a Wikidata query result or a pasted list</source>
        <translation>Die Partnerschaften einer CSV-Datei, eines Wikidata-Abfrageergebnisses oder einer eingefügten Liste hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a place’s twins from a list copied from a web page or a newsletter</source>
        <translation>Die Partnerstädte eines Ortes aus einer Liste hinzufügen, die von einer Webseite oder aus einem Mitteilungsblatt kopiert wurde</translation>
    </message>
</context>
<context>
    <name>twinatlas::ImportCommand</name>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="+37"/>
        <source>Imports a list of twin towns: resolves every place against the gazetteer and adds the partnerships in one step. Doubtful rows are skipped and reported.</source>
        <translation>Importiert eine Liste von Partnerstädten: Ordnet jeden Ort dem Ortsverzeichnis zu und fügt die Partnerschaften in einem Schritt hinzu. Zweifelhafte Zeilen werden übersprungen und gemeldet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>csv, paste, wikidata-json or wikidata-csv (default: detected).</source>
        <translation>csv, paste, wikidata-json oder wikidata-csv (Vorgabe: erkannt).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The place a pasted list is of, e.g. &quot;Toruń, Poland&quot;.</source>
        <translation>Der Ort, zu dem eine eingefügte Liste gehört, z. B. &quot;Toruń, Polen&quot;.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Column mapping over the guessed one: field=column,... (fields: place, place_country, partner, partners, start, end, kind, ...; columns by header or number).</source>
        <translation>Spaltenzuordnung statt der erratenen: feld=spalte,... (Felder: place, place_country, partner, partners, start, end, kind, ...; Spalten nach Überschrift oder Nummer).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>MAPPING</source>
        <translation>ZUORDNUNG</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>utf-8, utf-16le, utf-16be or windows-1252 (default: detected).</source>
        <translation>utf-8, utf-16le, utf-16be oder windows-1252 (Vorgabe: erkannt).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ENCODING</source>
        <translation>KODIERUNG</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The cell delimiter: , ; tab or | (default: detected).</source>
        <translation>Das Trennzeichen der Zellen: , ; tab oder | (Vorgabe: erkannt).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CHAR</source>
        <translation>ZEICHEN</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The first row is data, not column names.</source>
        <translation>Die erste Zeile enthält Daten, keine Spaltennamen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolve and report, write nothing.</source>
        <translation>Zuordnen und berichten, nichts schreiben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write every input row and what became of it as CSV.</source>
        <translation>Jede Eingabezeile und was aus ihr wurde als CSV schreiben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The atlas file to import into.</source>
        <translation>Die Atlasdatei, in die importiert wird.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The list to import.</source>
        <translation>Die zu importierende Liste.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>give one file to import.</source>
        <translation>geben Sie eine zu importierende Datei an.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no file %1.</source>
        <translation>keine Datei %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown format “%1”; use %2.</source>
        <translation>unbekanntes Format „%1“; verwenden Sie %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unknown encoding “%1”; use %2.</source>
        <translation>unbekannte Kodierung „%1“; verwenden Sie %2.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--delimiter takes one character or tab.</source>
        <translation>--delimiter nimmt ein Zeichen oder tab.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>cannot write the report %1: %2</source>
        <translation>der Bericht %1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>twinatlas::ImportDialog</name>
    <message>
        <location filename="../app/ui/importdialog.cpp" line="+36"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Zurück</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+79"/>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Weiter &gt;</translation>
    </message>
    <message>
        <location line="-78"/>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save &amp;report…</source>
        <translation>&amp;Bericht speichern…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import partnerships</source>
        <translation>Partnerschaften importieren</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Write the rows to import into the atlas, as one step that Undo takes back</source>
        <translation>Die zu importierenden Zeilen in den Atlas schreiben, als ein Schritt, den „Rückgängig“ zurücknimmt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save every row of the list and what became of it as CSV</source>
        <translation>Jede Zeile der Liste und was aus ihr wurde als CSV speichern</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Save import report</source>
        <translation>Importbericht speichern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>-report.csv</source>
        <translation>-bericht.csv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Report not saved</source>
        <translation>Bericht nicht gespeichert</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>&amp;Resolve &gt;</source>
        <translation>&amp;Zuordnen &gt;</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>pasted list</source>
        <translation>eingefügte Liste</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+9"/>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loading the gazetteer…</source>
        <translation>Ortsverzeichnis wird geladen…</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Finding %n places in the gazetteer…</source>
        <translation>
            <numerusform>%n Ort wird im Ortsverzeichnis gesucht…</numerusform>
            <numerusform>%n Orte werden im Ortsverzeichnis gesucht…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Nothing to import</source>
        <translation>Nichts zu importieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No row of the list adds anything to the atlas.</source>
        <translation>Keine Zeile der Liste fügt dem Atlas etwas hinzu.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing was imported</source>
        <translation>Es wurde nichts importiert</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Imported %n partnerships from %1</source>
        <translation>
            <numerusform>%n Partnerschaft aus %1 importiert</numerusform>
            <numerusform>%n Partnerschaften aus %1 importiert</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>twinatlas::ImportJob</name>
    <message>
        <location filename="../app/core/io/importjob.cpp" line="+46"/>
        <location line="+103"/>
        <source>The import was cancelled; nothing was written.</source>
        <translation>Der Import wurde abgebrochen; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location line="-93"/>
        <source>cannot be read: %1</source>
        <translation>kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the file is larger than %1 MB; split it</source>
        <translation>die Datei ist größer als %1 MB; teilen Sie sie auf</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Nothing was written: the atlas %1.</source>
        <translation>Nichts wurde geschrieben: der Atlas %1.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Nothing was written: %1</source>
        <translation>Es wurde nichts geschrieben: %1</translation>
    </message>
</context>
<context>
    <name>twinatlas::ImportPartnershipsCommand</name>
    <message numerus="yes">
        <location filename="../app/commands/importpartnershipscommand.cpp" line="+9"/>
        <source>Import %n partnerships from %1</source>
        <translation>
            <numerusform>%n Partnerschaft aus %1 importieren</numerusform>
            <numerusform>%n Partnerschaften aus %1 importieren</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>twinatlas::ImportPlan</name>
    <message>
        <location filename="../app/core/io/importplan.cpp" line="+123"/>
        <source>chosen in the review</source>
        <translation>bei der Prüfung gewählt</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>placed at the coordinates typed in the review</source>
        <translation>an den bei der Prüfung eingegebenen Koordinaten angelegt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>skipped in the review</source>
        <translation>bei der Prüfung übersprungen</translation>
    </message>
    <message>
        <location line="+163"/>
        <source>Imported list: %1</source>
        <translation>Importierte Liste: %1</translation>
    </message>
</context>
<context>
    <name>twinatlas::ImportPreviewPage</name>
    <message>
        <location filename="../app/ui/importpreviewpage.cpp" line="+24"/>
        <source>First row names the columns</source>
        <translation>Die erste Zeile benennt die Spalten</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Table (CSV, TSV, semicolons)</source>
        <translation>Tabelle (CSV, TSV, Semikolons)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wikidata query result (JSON)</source>
        <translation>Wikidata-Abfrageergebnis (JSON)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wikidata query result (CSV)</source>
        <translation>Wikidata-Abfrageergebnis (CSV)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pasted list of one place’s twins</source>
        <translation>Eingefügte Liste der Partnerstädte eines Ortes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UTF-16, little-endian</source>
        <translation>UTF-16, Little Endian</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UTF-16, big-endian</source>
        <translation>UTF-16, Big Endian</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Windows-1252 (Western European)</source>
        <translation>Windows-1252 (Westeuropäisch)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Comma</source>
        <translation>Komma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Semicolon</source>
        <translation>Semikolon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bar |</source>
        <translation>Senkrechter Strich |</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Trennzeichen:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Encoding:</source>
        <translation>&amp;Kodierung:</translation>
    </message>
    <message numerus="yes">
        <location line="+57"/>
        <source>%n rows read from %1. Check what each column holds; the choice above a column can be changed.</source>
        <translation>
            <numerusform>%n Zeile aus %1 gelesen. Prüfen Sie, was jede Spalte enthält; die Auswahl über einer Spalte kann geändert werden.</numerusform>
            <numerusform>%n Zeilen aus %1 gelesen. Prüfen Sie, was jede Spalte enthält; die Auswahl über einer Spalte kann geändert werden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n twins read from %1.</source>
        <translation>
            <numerusform>%n Partnerstadt aus %1 gelesen.</numerusform>
            <numerusform>%n Partnerstädte aus %1 gelesen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… und %n weitere</numerusform>
            <numerusform>… und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read loosely or skipped:</source>
        <translation>Ungenau gelesen oder übersprungen:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Column %1</source>
        <translation>Spalte %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Holds</source>
        <translation>Enthält</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Twin</source>
        <translation>Partnerstadt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>End</source>
        <translation>Ende</translation>
    </message>
</context>
<context>
    <name>twinatlas::ImportReviewModel</name>
    <message>
        <location filename="../app/models/importreviewmodel.cpp" line="+68"/>
        <source>new place %1, %2 at %3, %4</source>
        <translation>neuer Ort %1, %2 bei %3, %4</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>doubtful: %n to choose from</source>
        <translation>
            <numerusform>zweifelhaft: %n zur Auswahl</numerusform>
            <numerusform>zweifelhaft: %n zur Auswahl</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not found</source>
        <translation>nicht gefunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+12"/>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>found</source>
        <translation>gefunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>new place</source>
        <translation>neuer Ort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>doubtful</source>
        <translation>zweifelhaft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unresolved</source>
        <translation>nicht zugeordnet</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>GeoNames id</source>
        <translation>GeoNames-ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>coordinates</source>
        <translation>Koordinaten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>other name</source>
        <translation>anderer Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>spelling variant</source>
        <translation>andere Schreibweise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name without “District”, “City of”…</source>
        <translation>Name ohne „Bezirk“, „Stadt“…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>close spelling</source>
        <translation>ähnliche Schreibweise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>new at the file’s coordinates</source>
        <translation>neu an den Koordinaten der Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>your choice</source>
        <translation>Ihre Wahl</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>to import</source>
        <translation>zu importieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>already there: merged</source>
        <translation>schon vorhanden: zusammengeführt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>left out: unresolved</source>
        <translation>ausgelassen: nicht zugeordnet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>left out: doubtful</source>
        <translation>ausgelassen: zweifelhaft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>left out: skipped</source>
        <translation>ausgelassen: übersprungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>left out: same place twice</source>
        <translation>ausgelassen: zweimal derselbe Ort</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>Found as</source>
        <translation>Gefunden als</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How</source>
        <translation>Wie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sure</source>
        <translation>Sicher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
</context>
<context>
    <name>twinatlas::ImportReviewPage</name>
    <message>
        <location filename="../app/ui/importreviewpage.cpp" line="+35"/>
        <source>Only rows to decide (doubtful or not found)</source>
        <translation>Nur zu entscheidende Zeilen (zweifelhaft oder nicht gefunden)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Use this place</source>
        <translation>Diesen Ort &amp;verwenden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create &amp;new place here</source>
        <translation>&amp;Neuen Ort hier anlegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Skip</source>
        <translation>Ü&amp;berspringen</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Decide</source>
        <translation>Entscheiden</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Lat, lon: 46.23, 15.26</source>
        <translation>Breite, Länge: 46.23, 15.26</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The latitude, a comma, then the longitude, in degrees: a new place is made there with the name as the list writes it</source>
        <translation>Die Breite, ein Komma, dann die Länge, in Grad: Dort wird ein neuer Ort mit dem Namen angelegt, wie die Liste ihn schreibt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Leave this place, and every row that names it, out of the import</source>
        <translation>Diesen Ort und jede Zeile, die ihn nennt, nicht importieren</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Candidates:</source>
        <translation>Kandidaten:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Or where it is:</source>
        <translation>Oder wo er liegt:</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>Place: %1</source>
        <translation>Ort: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partner: %1</source>
        <translation>Partner: %1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>“%1” are not coordinates: write the latitude (-90 to 90), a comma, then the longitude (-180 to 180).</source>
        <translation>„%1“ sind keine Koordinaten: Schreiben Sie die Breite (-90 bis 90), ein Komma, dann die Länge (-180 bis 180).</translation>
    </message>
    <message numerus="yes">
        <location line="+41"/>
        <source>%n partnerships to import</source>
        <translation>
            <numerusform>%n Partnerschaft zu importieren</numerusform>
            <numerusform>%n Partnerschaften zu importieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n already in the atlas (merged)</source>
        <translation>
            <numerusform>%n schon im Atlas (zusammengeführt)</numerusform>
            <numerusform>%n schon im Atlas (zusammengeführt)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n new places</source>
        <translation>
            <numerusform>%n neuer Ort</numerusform>
            <numerusform>%n neue Orte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n rows read: </source>
        <translation>
            <numerusform>%n Zeile gelesen: </numerusform>
            <numerusform>%n Zeilen gelesen: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n places doubtful or not found: their rows are left out unless you decide.</source>
        <translation>
            <numerusform>%n Ort zweifelhaft oder nicht gefunden: Seine Zeilen werden ausgelassen, wenn Sie nicht entscheiden.</numerusform>
            <numerusform>%n Orte zweifelhaft oder nicht gefunden: Ihre Zeilen werden ausgelassen, wenn Sie nicht entscheiden.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>twinatlas::ImportRunner</name>
    <message>
        <location filename="../app/ui/importrunner.cpp" line="+116"/>
        <source>The import was cancelled; nothing was written.</source>
        <translation>Der Import wurde abgebrochen; es wurde nichts geschrieben.</translation>
    </message>
</context>
<context>
    <name>twinatlas::ImportSourcePage</name>
    <message>
        <location filename="../app/ui/importsourcepage.cpp" line="+25"/>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A table of partnerships (CSV, TSV or semicolons, one row per pair or one row per place with its twins in a cell), or a Wikidata query result saved as JSON or CSV.</source>
        <translation>Eine Tabelle von Partnerschaften (CSV, TSV oder Semikolons, eine Zeile je Paar oder eine Zeile je Ort mit seinen Partnerstädten in einer Zelle) oder ein als JSON oder CSV gespeichertes Wikidata-Abfrageergebnis.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The file to import</source>
        <translation>Die zu importierende Datei</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>From a file</source>
        <translation>Aus einer Datei</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Twins of:</source>
        <translation>&amp;Partnerstädte von:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paste the list as written, e.g.
Roanne (France), since 1958
Schongau, Germany
Woerden in the Netherlands (from 1967 to 2016)</source>
        <translation>Fügen Sie die Liste so ein, wie sie geschrieben ist, z. B.
Roanne (Frankreich), seit 1958
Schongau, Deutschland
Woerden in den Niederlanden (von 1967 bis 2016)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;List:</source>
        <translation>&amp;Liste:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paste a list</source>
        <translation>Eine Liste einfügen</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Import partnerships</source>
        <translation>Partnerschaften importieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lists of partnerships (*.csv *.tsv *.txt *.json);;All files (*)</source>
        <translation>Listen von Partnerschaften (*.csv *.tsv *.txt *.json);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>twinatlas::ListReader</name>
    <message>
        <location filename="../app/core/io/listreader.cpp" line="+166"/>
        <source>Columns guessed: %1.</source>
        <translation>Erratene Spalten: %1.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>not valid JSON: %1 (the file may be truncated)</source>
        <translation>kein gültiges JSON: %1 (die Datei ist vielleicht abgeschnitten)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>not a Wikidata query result: no “results”</source>
        <translation>kein Wikidata-Abfrageergebnis: kein „results“</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>record %1 is not an object</source>
        <translation>Datensatz %1 ist kein Objekt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>more than %1 fields in the records</source>
        <translation>mehr als %1 Felder in den Datensätzen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>a pasted list is of one place: say which (--home NAME)</source>
        <translation>eine eingefügte Liste gehört zu einem Ort: Sagen Sie, zu welchem (--home NAME)</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>%1: “%2” is not a GeoNames id</source>
        <translation>%1: „%2“ ist keine GeoNames-ID</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>“%1” is not a coordinate</source>
        <translation>„%1“ ist keine Koordinate</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>“%1” are not coordinates</source>
        <translation>„%1“ sind keine Koordinaten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>coordinates out of range: latitude %1, longitude %2 (latitude runs from -90 to 90, longitude from -180 to 180)</source>
        <translation>Koordinaten außerhalb des Bereichs: Breite %1, Länge %2 (die Breite reicht von -90 bis 90, die Länge von -180 bis 180)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>the date “%1” is not understood</source>
        <translation>das Datum „%1“ ist nicht verständlich</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the kind “%1” is not understood</source>
        <translation>die Art „%1“ ist nicht verständlich</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the status “%1” is not understood</source>
        <translation>der Status „%1“ ist nicht verständlich</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Wikidata: %1 (%2), twinned administrative body</source>
        <translation>Wikidata: %1 (%2), Partnerstadt</translation>
    </message>
</context>
<context>
    <name>twinatlas::MainWindow</name>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="+51"/>
        <source>Twinatlas</source>
        <translation>Twinatlas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Places</source>
        <translation>Orte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Places</source>
        <translation>&amp;Orte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Details</source>
        <translation>&amp;Details</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Zoom &amp;in</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoom &amp;out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the whole &amp;world</source>
        <translation>Die ganze &amp;Welt zeigen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Twinatlas</source>
        <translation>Über &amp;Twinatlas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
</context>
<context>
    <name>twinatlas::MapExportActions</name>
    <message>
        <location filename="../app/ui/mapexportactions.cpp" line="+28"/>
        <source>&amp;Export map…</source>
        <translation>Karte &amp;exportieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save the map as a PNG image, an SVG drawing or a PDF document</source>
        <translation>Die Karte als PNG-Bild, SVG-Zeichnung oder PDF-Dokument speichern</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Partnerships of %1, %2</source>
        <translation>Städtepartnerschaften von %1, %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Twin towns and sister cities of the world</source>
        <translation>Städtepartnerschaften der Welt</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Twinatlas map</source>
        <translation>Twinatlas-Karte</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+12"/>
        <source>Print map</source>
        <translation>Karte drucken</translation>
    </message>
</context>
<context>
    <name>twinatlas::MapExporter</name>
    <message>
        <location filename="../app/core/export/mapexporter.cpp" line="+185"/>
        <source>Twinatlas map</source>
        <translation>Twinatlas-Karte</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>There is not enough memory for an image of %1 × %2 pixels.</source>
        <translation>Es ist nicht genug Speicher für ein Bild von %1 × %2 Pixeln vorhanden.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>The SVG drawing could not be started.</source>
        <translation>Die SVG-Zeichnung konnte nicht begonnen werden.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The PDF drawing could not be started.</source>
        <translation>Die PDF-Zeichnung konnte nicht begonnen werden.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Cannot tell the format of “%1”: the name must end in .png, .svg or .pdf.</source>
        <translation>Das Format von „%1“ ist nicht zu erkennen: Der Name muss auf .png, .svg oder .pdf enden.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cannot write “%1”: the folder “%2” does not exist.</source>
        <translation>„%1“ kann nicht geschrieben werden: Der Ordner „%2“ existiert nicht.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot write “%1”: “%2” is not a folder.</source>
        <translation>„%1“ kann nicht geschrieben werden: „%2“ ist kein Ordner.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot write “%1”: it exists and is not a regular file.</source>
        <translation>„%1“ kann nicht geschrieben werden: Es existiert und ist keine normale Datei.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+4"/>
        <location line="+13"/>
        <location line="+8"/>
        <location line="+3"/>
        <source>Cannot write “%1”: %2</source>
        <translation>„%1“ kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>nothing was drawn.</source>
        <translation>es wurde nichts gezeichnet.</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>only %n bytes could be written.</source>
        <translation>
            <numerusform>nur %n Byte konnte geschrieben werden.</numerusform>
            <numerusform>nur %n Bytes konnten geschrieben werden.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>twinatlas::MapLegend</name>
    <message>
        <location filename="../app/core/export/maplegend.cpp" line="+39"/>
        <source>Sister city</source>
        <translation>Schwesterstadt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Twin town</source>
        <translation>Partnerstadt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Partner town</source>
        <translation>Partnergemeinde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Friendship city</source>
        <translation>Freundschaftsstadt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cooperation</source>
        <translation>Kooperation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other partnership</source>
        <translation>Andere Partnerschaft</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Proposed</source>
        <translation>Vorgeschlagen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ended or suspended</source>
        <translation>Beendet oder ausgesetzt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ended</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Suspended</source>
        <translation>Ausgesetzt</translation>
    </message>
</context>
<context>
    <name>twinatlas::MapPickMode</name>
    <message>
        <location filename="../app/ui/mappickmode.cpp" line="+54"/>
        <source>Click the place on the map; Esc cancels.</source>
        <translation>Klicken Sie auf den Ort auf der Karte; Esc bricht ab.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click the position on the map; Esc cancels.</source>
        <translation>Klicken Sie auf die Position auf der Karte; Esc bricht ab.</translation>
    </message>
</context>
<context>
    <name>twinatlas::MapPrinter</name>
    <message>
        <location filename="../app/ui/mapprinter.cpp" line="+16"/>
        <source>The printer “%1” could not be started.</source>
        <translation>Der Drucker „%1“ konnte nicht gestartet werden.</translation>
    </message>
</context>
<context>
    <name>twinatlas::MapView</name>
    <message>
        <location filename="../app/ui/mapview.cpp" line="+53"/>
        <source>Map</source>
        <translation>Karte</translation>
    </message>
    <message>
        <location line="+197"/>
        <source>No place is selected, so the map is centred on the middle of the view. Select a place to centre the map on it.</source>
        <translation>Kein Ort ist ausgewählt, daher wird die Karte auf die Mitte der Ansicht zentriert. Wählen Sie einen Ort, um die Karte auf ihn zu zentrieren.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Centred on %1, the place selected last.</source>
        <translation>Zentriert auf %1, den zuletzt ausgewählten Ort.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The selected place has no partnerships on the map, so the map stays centred where it was.</source>
        <translation>Der ausgewählte Ort hat keine Partnerschaften auf der Karte; die Karte bleibt daher, wo sie war.</translation>
    </message>
    <message numerus="yes">
        <location line="+282"/>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;Partners: %n</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;Partner: %n</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;Partner: %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1, %2</source>
        <comment>kind, years</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (%2)</source>
        <comment>details (status)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;%1 – %2&lt;/b&gt;&lt;br&gt;%3</source>
        <comment>pair of partner places, details</comment>
        <translation>&lt;b&gt;%1 – %2&lt;/b&gt;&lt;br&gt;%3</translation>
    </message>
</context>
<context>
    <name>twinatlas::MapViewActions</name>
    <message>
        <location filename="../app/ui/mapviewactions.cpp" line="+18"/>
        <source>&amp;Projection</source>
        <translation>&amp;Projektion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Theme</source>
        <translation>&amp;Farbschema</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print</source>
        <extracomment>A map theme (View ▸ Theme): white paper and strong lines, for printing.</extracomment>
        <translation>Druck</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
</context>
<context>
    <name>twinatlas::MyLocation</name>
    <message>
        <location filename="../app/ui/mylocation.cpp" line="+25"/>
        <source>My &amp;location</source>
        <translation>Mein &amp;Standort</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show where you are and the nearest place with partnerships</source>
        <translation>Zeigen, wo Sie sind, und den nächstgelegenen Ort mit Partnerschaften</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Finding your position…</source>
        <translation>Ihre Position wird bestimmt…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Your atlas holds no place with partnerships to measure from.</source>
        <translation>Ihr Atlas enthält keinen Ort mit Partnerschaften, zu dem die Entfernung gemessen werden könnte.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>You are %1 from %2, the nearest place with partnerships.</source>
        <translation>Sie sind %1 von %2 entfernt, dem nächstgelegenen Ort mit Partnerschaften.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Position of %1.</source>
        <translation>Position von %1.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>My location</source>
        <translation>Mein Standort</translation>
    </message>
</context>
<context>
    <name>twinatlas::PartnerDelegate</name>
    <message>
        <location filename="../app/ui/partnerdelegate.cpp" line="+85"/>
        <source>, %1</source>
        <comment>after the partner&apos;s name</comment>
        <translation>, %1</translation>
    </message>
</context>
<context>
    <name>twinatlas::PartnerListModel</name>
    <message>
        <location filename="../app/models/partnerlistmodel.cpp" line="+85"/>
        <source>%1, %2: %3, %4</source>
        <translation>%1, %2: %3, %4</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kind</source>
        <extracomment>Column: the kind of partnership (twin town, sister city, friendship city…).</extracomment>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Years</source>
        <translation>Jahre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Distance</source>
        <translation>Entfernung</translation>
    </message>
</context>
<context>
    <name>twinatlas::PartnershipDialog</name>
    <message>
        <location filename="../app/ui/partnershipdialog.cpp" line="+52"/>
        <source>Add partnership</source>
        <translation>Partnerschaft hinzufügen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Anything worth knowing that the dates do not say</source>
        <translation>Was es sonst zu wissen gibt und die Daten nicht sagen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Place:</source>
        <translation>&amp;Ort:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;artner:</source>
        <translation>P&amp;artner:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Start:</source>
        <translation>&amp;Beginn:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;End:</source>
        <translation>&amp;Ende:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;ote:</source>
        <translation>N&amp;otiz:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sources:</source>
        <translation>Quellen:</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Edit partnership</source>
        <translation>Partnerschaft bearbeiten</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Place: choose it from the matches, or on the map.</source>
        <translation>Ort: Wählen Sie ihn aus den Treffern oder auf der Karte.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Partner: choose it from the matches, or on the map.</source>
        <translation>Partner: Wählen Sie ihn aus den Treffern oder auf der Karte.</translation>
    </message>
</context>
<context>
    <name>twinatlas::PartnershipStatusCommand</name>
    <message>
        <location filename="../app/commands/partnershipstatuscommand.cpp" line="+27"/>
        <source>End partnership %1</source>
        <translation>Partnerschaft %1 beenden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Suspend partnership %1</source>
        <translation>Partnerschaft %1 aussetzen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resume partnership %1</source>
        <translation>Partnerschaft %1 wieder aufnehmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Renew partnership %1</source>
        <translation>Partnerschaft %1 erneuern</translation>
    </message>
</context>
<context>
    <name>twinatlas::PastedList</name>
    <message>
        <location filename="../app/core/io/pastedlist.cpp" line="+383"/>
        <source>%1: not a list item: %2</source>
        <translation>%1: kein Listeneintrag: %2</translation>
    </message>
</context>
<context>
    <name>twinatlas::PlaceDialog</name>
    <message>
        <location filename="../app/ui/placedialog.cpp" line="+56"/>
        <source>City</source>
        <translation>Stadt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Town or village</source>
        <translation>Kleinstadt oder Dorf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>District</source>
        <translation>Stadtteil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Add place</source>
        <translation>Ort hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>As it is written there, e.g. “Kreuzberg”</source>
        <translation>So, wie er dort geschrieben wird, z. B. „Kreuzberg“</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a country</source>
        <translation>Wählen Sie ein Land</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>e.g. 13.40333 (east is positive)</source>
        <translation>z. B. 13.40333 (Osten ist positiv)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. 52.49887 (north is positive)</source>
        <translation>z. B. 52.49887 (Norden ist positiv)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Set on the map</source>
        <translation>Auf der Karte setzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click the place on the map to fill in its position</source>
        <translation>Klicken Sie auf den Ort auf der Karte, um seine Position einzutragen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Country:</source>
        <translation>&amp;Land:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Latitude, longitude:</source>
        <translation>&amp;Breite, Länge:</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Edit place</source>
        <translation>Ort bearbeiten</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>%1: give it in degrees, or set the position on the map.</source>
        <translation>%1: Geben Sie ihn in Grad an oder setzen Sie die Position auf der Karte.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: “%2” is not a number of degrees.</source>
        <translation>%1: „%2“ ist keine Gradzahl.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Country: choose one.</source>
        <translation>Land: Wählen Sie eines.</translation>
    </message>
</context>
<context>
    <name>twinatlas::PlaceField</name>
    <message>
        <location filename="../app/ui/placefield.cpp" line="+25"/>
        <source>Type a name</source>
        <translation>Namen eingeben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On the map</source>
        <translation>Auf der Karte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click the place on the map instead of typing its name</source>
        <translation>Den Ort auf der Karte anklicken, statt seinen Namen einzugeben</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>%1, %2</source>
        <comment>place, country</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, %2, %3</source>
        <comment>place, region, country</comment>
        <translation>%1, %2, %3</translation>
    </message>
</context>
<context>
    <name>twinatlas::PlaceListModel</name>
    <message numerus="yes">
        <location filename="../app/models/placelistmodel.cpp" line="+65"/>
        <source>%1, %2
Partners: %n</source>
        <translation>
            <numerusform>%1, %2
Partner: %n</numerusform>
            <numerusform>%1, %2
Partner: %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Place</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Partners</source>
        <translation>Partner</translation>
    </message>
</context>
<context>
    <name>twinatlas::PlaceResolver</name>
    <message>
        <location filename="../app/core/io/placeresolver.cpp" line="+130"/>
        <source> (pop. %1)</source>
        <translation> (Einw. %1)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>GeoNames id %1</source>
        <translation>GeoNames-ID %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the text holds %1: check it</source>
        <translation>der Text enthält %1: bitte prüfen</translation>
    </message>
    <message>
        <location line="+198"/>
        <source>named so, %1 km from the file&apos;s coordinates</source>
        <translation>so benannt, %1 km von den Koordinaten der Datei</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>not in the atlas: a new place at the file&apos;s coordinates</source>
        <translation>nicht im Atlas: ein neuer Ort an den Koordinaten der Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no place of that name within 25 km of the file&apos;s coordinates: a new place there</source>
        <translation>kein Ort dieses Namens im Umkreis von 25 km um die Koordinaten der Datei: dort ein neuer Ort</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>coordinates without a name</source>
        <translation>Koordinaten ohne Namen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>“%1” is in %2, not in %3 as the list says</source>
        <translation>„%1“ liegt in %2, nicht in %3, wie die Liste sagt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no name</source>
        <translation>kein Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no place of this name in the atlas</source>
        <translation>kein Ort dieses Namens im Atlas</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>no place of this name in or near %1, which the list names with it</source>
        <translation>kein Ort dieses Namens in oder bei %1, das die Liste dazu nennt</translation>
    </message>
    <message numerus="yes">
        <location line="+70"/>
        <source>%n places of similar weight answer to this name</source>
        <translation>
            <numerusform>%n Ort ähnlicher Bedeutung hört auf diesen Namen</numerusform>
            <numerusform>%n Orte ähnlicher Bedeutung hören auf diesen Namen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>; the largest of %n places so named</source>
        <translation>
            <numerusform>; der größte der so benannten Orte</numerusform>
            <numerusform>; der größte von %n so benannten Orten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>only a name within %n letter(s) of it, and no country to go by</source>
        <translation>
            <numerusform>nur ein Name, der um %n Buchstaben abweicht, und kein Land als Anhaltspunkt</numerusform>
            <numerusform>nur ein Name, der um %n Buchstaben abweicht, und kein Land als Anhaltspunkt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>only a small place within %n letter(s) of this name</source>
        <translation>
            <numerusform>nur ein kleiner Ort, dessen Name um %n Buchstaben abweicht</numerusform>
            <numerusform>nur ein kleiner Ort, dessen Name um %n Buchstaben abweicht</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>its name</source>
        <translation>sein Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>one of its names</source>
        <translation>einer seiner Namen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its name, spelled another way</source>
        <translation>sein Name, anders geschrieben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its name, without the added word</source>
        <translation>sein Name, ohne das zusätzliche Wort</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>a name %n letter(s) away</source>
        <translation>
            <numerusform>ein Name, der um %n Buchstaben abweicht</numerusform>
            <numerusform>ein Name, der um %n Buchstaben abweicht</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>, in the region or country given</source>
        <translation>, in der angegebenen Region oder dem angegebenen Land</translation>
    </message>
</context>
<context>
    <name>twinatlas::PlaceText</name>
    <message>
        <location filename="../app/core/io/placetext.cpp" line="+35"/>
        <source>a spreadsheet formula, not a name</source>
        <translation>eine Tabellenformel, keinen Namen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>text in the wrong encoding (“%1”)</source>
        <translation>Text in falscher Kodierung („%1“)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a character that could not be read</source>
        <translation>ein Zeichen, das nicht gelesen werden konnte</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%1” in a name</source>
        <translation>„%1“ in einem Namen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a bracket that does not close</source>
        <translation>eine Klammer, die nicht geschlossen wird</translation>
    </message>
</context>
<context>
    <name>twinatlas::PositionRequest</name>
    <message>
        <location filename="../app/core/location/positionrequest.cpp" line="+56"/>
        <source>Cannot read the NMEA source %1: Qt&apos;s NMEA position plugin is missing or cannot open it.</source>
        <translation>Die NMEA-Quelle %1 kann nicht gelesen werden: Das NMEA-Positions-Plugin von Qt fehlt oder kann sie nicht öffnen.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>The NMEA log %1 holds no valid position fix (%2).</source>
        <translation>Das NMEA-Protokoll %1 enthält keine gültige Positionsbestimmung (%2).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>This system has no position source. Install and enable GeoClue (the geoclue-2.0 package on Debian), or name a GPS receiver or an NMEA log in Preferences.</source>
        <translation>Dieses System hat keine Positionsquelle. Installieren und aktivieren Sie GeoClue (unter Debian das Paket geoclue-2.0) oder nennen Sie in den Einstellungen einen GPS-Empfänger oder ein NMEA-Protokoll.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Twinatlas may not know your position: location access was refused. Allow it in your system&apos;s privacy settings, or name a GPS receiver or an NMEA log in Preferences.</source>
        <translation>Twinatlas darf Ihre Position nicht erfahren: Der Zugriff auf den Standort wurde verweigert. Erlauben Sie ihn in den Datenschutzeinstellungen Ihres Systems oder nennen Sie in den Einstellungen einen GPS-Empfänger oder ein NMEA-Protokoll.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The position source closed before it gave a position.</source>
        <translation>Die Positionsquelle wurde geschlossen, bevor sie eine Position lieferte.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The position source gave no position within %n seconds.</source>
        <translation>
            <numerusform>Die Positionsquelle lieferte innerhalb von %n Sekunde keine Position.</numerusform>
            <numerusform>Die Positionsquelle lieferte innerhalb von %n Sekunden keine Position.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The position source failed without saying why.</source>
        <translation>Die Positionsquelle ist ohne Angabe von Gründen ausgefallen.</translation>
    </message>
</context>
<context>
    <name>twinatlas::PreferencesDialog</name>
    <message>
        <location filename="../app/ui/preferencesdialog.cpp" line="+27"/>
        <source>The system&apos;s location service</source>
        <translation>Der Ortungsdienst des Systems</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An NMEA source:</source>
        <translation>Eine NMEA-Quelle:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Look for changes in Wikidata once a week, at start</source>
        <translation>Einmal pro Woche beim Start in Wikidata nach Änderungen sehen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>/dev/ttyACM0 or a log file</source>
        <translation>/dev/ttyACM0 oder eine Protokolldatei</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The system&apos;s language</source>
        <extracomment>The first choice of Preferences ▸ Language: the desktop&apos;s language, whichever it is.</extracomment>
        <translation>Die Sprache des Systems</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new language applies when Twinatlas starts again.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start von Twinatlas.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Location</source>
        <translation>Standort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where Go ▸ My location finds your position.</source>
        <translation>Wo Gehe zu ▸ Mein Standort Ihre Position findet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A GPS receiver&apos;s serial device is read live; of a log file of NMEA sentences, the last valid fix is used.</source>
        <translation>Das serielle Gerät eines GPS-Empfängers wird laufend gelesen; von einer Protokolldatei mit NMEA-Sätzen wird die letzte gültige Positionsbestimmung verwendet.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Wikidata</source>
        <translation>Wikidata</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Any SPARQL endpoint over Wikidata, such as a QLever instance or your own; empty for the Wikidata Query Service.</source>
        <translation>Jeder SPARQL-Endpunkt über Wikidata, etwa eine QLever-Instanz oder ein eigener; leer für den Wikidata Query Service.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Asks again for what the last fetch asked for, and shows what changed before anything is added.</source>
        <translation>Fragt erneut nach dem, was der letzte Abruf erfragt hat, und zeigt die Änderungen, bevor etwas hinzugefügt wird.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Service:</source>
        <translation>Dienst:</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>NMEA source</source>
        <translation>NMEA-Quelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NMEA logs (*.nmea *.nma *.log *.txt);;All files (*)</source>
        <translation>NMEA-Protokolle (*.nmea *.nma *.log *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>An http or https address, such as %1</source>
        <translation>Eine http- oder https-Adresse, etwa %1</translation>
    </message>
</context>
<context>
    <name>twinatlas::ProvenanceText</name>
    <message>
        <location filename="../app/core/db/provenancetext.cpp" line="+20"/>
        <source>Added by you</source>
        <translation>Von Ihnen hinzugefügt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Added by you on %1</source>
        <translation>Von Ihnen hinzugefügt am %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edited by you on %1</source>
        <translation>Von Ihnen bearbeitet am %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From the bundled data</source>
        <translation>Aus den mitgelieferten Daten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From the bundled data %1</source>
        <translation>Aus den mitgelieferten Daten %1</translation>
    </message>
</context>
<context>
    <name>twinatlas::QueryCommand</name>
    <message>
        <location filename="../app/cli/querycommand.cpp" line="+34"/>
        <source>Prints a place&apos;s partnerships as tab-separated lines: partner, country, kind, status, start, end, distance in km along the WGS 84 geodesic.</source>
        <translation>Gibt die Partnerschaften eines Ortes als tabulatorgetrennte Zeilen aus: Partner, Land, Art, Status, Beginn, Ende, Entfernung in km entlang der WGS-84-Geodäte.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Print the counts of places, partnerships, events and sources.</source>
        <translation>Die Anzahl der Orte, Partnerschaften, Ereignisse und Quellen ausgeben.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The atlas file to read.</source>
        <translation>Die zu lesende Atlasdatei.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The place to look up.</source>
        <translation>Der nachzuschlagende Ort.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>give a place name, or --stats</source>
        <translation>geben Sie einen Ortsnamen oder --stats an</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>no place is called “%1”.</source>
        <translation>kein Ort heißt „%1“.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no place is called “%1”. Closest matches: %2.</source>
        <translation>kein Ort heißt „%1“. Ähnlichste Treffer: %2.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 places are called “%2”; showing %3. The others:</source>
        <translation>%1 Orte heißen „%2“; angezeigt wird %3. Die anderen:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>population %1</source>
        <translation>Einwohner %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 partnerships</source>
        <translation>%1 Partnerschaften</translation>
    </message>
</context>
<context>
    <name>twinatlas::ReadFailure</name>
    <message>
        <location filename="../app/cli/readfailure.cpp" line="+16"/>
        <source>“twinatlas check --database %1” names the damage.</source>
        <translation>„twinatlas check --database %1“ nennt die Schäden.</translation>
    </message>
</context>
<context>
    <name>twinatlas::RecordParser</name>
    <message>
        <location filename="../app/core/io/delimitedtable.cpp" line="+57"/>
        <source>more than %1 columns in one record</source>
        <translation>mehr als %1 Spalten in einem Datensatz</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>text after the closing quote of a cell; a quote inside a quoted cell is written twice (&quot;&quot;)</source>
        <translation>Text nach dem schließenden Anführungszeichen einer Zelle; ein Anführungszeichen in einer Zelle in Anführungszeichen wird verdoppelt (&quot;&quot;)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the quote that opens this cell is never closed (the file may be truncated)</source>
        <translation>das Anführungszeichen, das diese Zelle öffnet, wird nie geschlossen (die Datei ist vielleicht abgeschnitten)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>a cell longer than %1 characters</source>
        <translation>eine Zelle mit mehr als %1 Zeichen</translation>
    </message>
</context>
<context>
    <name>twinatlas::RemoveEventCommand</name>
    <message>
        <location filename="../app/commands/removeeventcommand.cpp" line="+13"/>
        <source>Remove event of %1</source>
        <translation>Ereignis von %1 entfernen</translation>
    </message>
</context>
<context>
    <name>twinatlas::RemovePartnershipCommand</name>
    <message>
        <location filename="../app/commands/removepartnershipcommand.cpp" line="+8"/>
        <source>Remove partnership %1</source>
        <translation>Partnerschaft %1 entfernen</translation>
    </message>
</context>
<context>
    <name>twinatlas::RemovePlaceCommand</name>
    <message>
        <location filename="../app/commands/removeplacecommand.cpp" line="+17"/>
        <source>Remove place %1</source>
        <translation>Ort %1 entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove place %1 with its partnerships</source>
        <translation>Ort %1 mit seinen Partnerschaften entfernen</translation>
    </message>
</context>
<context>
    <name>twinatlas::SaveFile</name>
    <message>
        <location filename="../app/core/io/savefile.cpp" line="+30"/>
        <source>it cannot be created</source>
        <translation>sie kann nicht angelegt werden</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>only %n bytes could be written</source>
        <translation>
            <numerusform>nur %n Byte konnte geschrieben werden</numerusform>
            <numerusform>nur %n Bytes konnten geschrieben werden</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the data could not be written out</source>
        <translation>die Daten konnten nicht geschrieben werden</translation>
    </message>
</context>
<context>
    <name>twinatlas::SearchResultModel</name>
    <message>
        <location filename="../app/models/searchresultmodel.cpp" line="+86"/>
        <source>%1 (also called %2)</source>
        <translation>%1 (auch %2 genannt)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Also called %1</source>
        <translation>Auch %1 genannt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Population: %1</source>
        <translation>Einwohner: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No partners in the atlas</source>
        <translation>Keine Partner im Atlas</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Partners: %n</source>
        <translation>
            <numerusform>Partner: %n</numerusform>
            <numerusform>Partner: %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Place</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Population</source>
        <translation>Einwohner</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Partners</source>
        <translation>Partner</translation>
    </message>
</context>
<context>
    <name>twinatlas::ServerCommand</name>
    <message>
        <location filename="../app/cli/servercommand.cpp" line="+60"/>
        <source>Sets up a team atlas on a PostgreSQL server and adds its members.
  init URL            creates the schema and the roles on an empty database, or upgrades an older team atlas
  add-user URL NAME   adds a member with --role; the password is read from standard input
URL: postgresql://user@host:port/database (as a user who may create roles), ?host=/run/postgresql for a socket, ?sslrootcert=FILE for the server&apos;s certificate.</source>
        <translation>Richtet einen Team-Atlas auf einem PostgreSQL-Server ein und fügt seine Mitglieder hinzu.
  init URL            legt Schema und Rollen in einer leeren Datenbank an oder aktualisiert einen älteren Team-Atlas
  add-user URL NAME   fügt ein Mitglied mit --role hinzu; das Passwort wird von der Standardeingabe gelesen
URL: postgresql://benutzer@host:port/datenbank (als Benutzer, der Rollen anlegen darf), ?host=/run/postgresql für einen Socket, ?sslrootcert=DATEI für das Zertifikat des Servers.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>viewer (reads), editor (reads and writes) or administrator (also manages members).</source>
        <translation>viewer (liest), editor (liest und schreibt) oder administrator (verwaltet auch die Mitglieder).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ROLE</source>
        <translation>ROLLE</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ACTION</source>
        <translation>AKTION</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>init or add-user</source>
        <translation>init oder add-user</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The database of the team atlas.</source>
        <translation>Die Datenbank des Team-Atlas.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>give init or add-user, then the URL of the database.</source>
        <translation>init oder add-user angeben, dann die URL der Datenbank.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>init takes one URL.</source>
        <translation>init erwartet eine URL.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>add-user takes a URL and a user name.</source>
        <translation>add-user erwartet eine URL und einen Benutzernamen.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the team atlas on %1 was set up by a newer Twinatlas (schema version %2; this one knows up to %3). Nothing was changed.</source>
        <translation>der Team-Atlas auf %1 wurde von einem neueren Twinatlas eingerichtet (Schemaversion %2; dieser kennt bis %3). Nichts wurde geändert.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The team atlas on %1 is set up already (schema version %2); nothing to do.</source>
        <translation>Der Team-Atlas auf %1 ist bereits eingerichtet (Schemaversion %2); nichts zu tun.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the team atlas on %1 could not be upgraded; it is as it was: %2</source>
        <translation>der Team-Atlas auf %1 konnte nicht aktualisiert werden; er ist unverändert: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Upgraded the team atlas on %1 from schema version %2 to %3.</source>
        <translation>Der Team-Atlas auf %1 wurde von Schemaversion %2 auf %3 aktualisiert.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the team atlas could not be set up on %1; nothing was changed: %2</source>
        <translation>der Team-Atlas konnte auf %1 nicht eingerichtet werden; nichts wurde geändert: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set up a team atlas on %1 (schema version %2).</source>
        <translation>Team-Atlas auf %1 eingerichtet (Schemaversion %2).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add its members with: twinatlas server add-user &apos;%1&apos; NAME --role editor</source>
        <translation>Mitglieder fügen Sie hinzu mit: twinatlas server add-user &apos;%1&apos; NAME --role editor</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 holds no team atlas; set it up first with: twinatlas server init &apos;%2&apos;</source>
        <translation>%1 enthält keinen Team-Atlas; richten Sie ihn zuerst ein mit: twinatlas server init &apos;%2&apos;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--role is viewer, editor or administrator, not “%1”.</source>
        <translation>--role ist viewer, editor oder administrator, nicht „%1“.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password for %1: </source>
        <translation>Passwort für %1: </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no password given for %1; nothing was changed.</source>
        <translation>kein Passwort für %1 angegeben; nichts wurde geändert.</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+6"/>
        <source>%1 could not be added; nothing was changed: %2</source>
        <translation>%1 konnte nicht hinzugefügt werden; nichts wurde geändert: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Added %1 to the team atlas on %2 as %3.</source>
        <translation>%1 wurde dem Team-Atlas auf %2 als %3 hinzugefügt.</translation>
    </message>
</context>
<context>
    <name>twinatlas::SourceListEditor</name>
    <message>
        <location filename="../app/ui/sourcelisteditor.cpp" line="+29"/>
        <source>%1 — %2</source>
        <comment>source title — address or document</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add another</source>
        <translation>Weitere hinzufügen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sources cited</source>
        <translation>Zitierte Quellen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Double-click a web address to open it in the browser.</source>
        <translation>Doppelklicken Sie auf eine Webadresse, um sie im Browser zu öffnen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Title, e.g. “City council decision 114/1988”</source>
        <translation>Titel, z. B. „Ratsbeschluss 114/1988“</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Or the name of a document or book</source>
        <translation>Oder der Name eines Dokuments oder Buches</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Title:</source>
        <translation>Titel:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Web address:</source>
        <translation>Webadresse:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document:</source>
        <translation>Dokument:</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>%1: a source needs a title.</source>
        <translation>%1: Eine Quelle braucht einen Titel.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sources: give at least one, so that others can check it.</source>
        <translation>Quellen: Geben Sie mindestens eine an, damit andere sie prüfen können.</translation>
    </message>
</context>
<context>
    <name>twinatlas::SparqlResults</name>
    <message>
        <location filename="../app/core/wikidata/sparqlresults.cpp" line="+36"/>
        <source>the answer is not valid JSON (%1 at byte %2 of %3)</source>
        <translation>die Antwort ist kein gültiges JSON (%1 bei Byte %2 von %3)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the answer is not a SPARQL result: no JSON object</source>
        <translation>die Antwort ist kein SPARQL-Ergebnis: kein JSON-Objekt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the answer is not a SPARQL result: no “head” and “results”</source>
        <translation>die Antwort ist kein SPARQL-Ergebnis: kein „head“ und „results“</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the answer names no variables (“head.vars”)</source>
        <translation>die Antwort nennt keine Variablen („head.vars“)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a variable in “head.vars” is not a name</source>
        <translation>eine Variable in „head.vars“ ist kein Name</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the answer has no rows (“results.bindings”)</source>
        <translation>die Antwort hat keine Zeilen („results.bindings“)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>row %1 of the answer is not an object</source>
        <translation>Zeile %1 der Antwort ist kein Objekt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>row %1 binds “%2”, which the answer does not name</source>
        <translation>Zeile %1 belegt „%2“, das die Antwort nicht nennt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>row %1: “%2” is not an RDF term</source>
        <translation>Zeile %1: „%2“ ist kein RDF-Term</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>row %1: “%2” has no value</source>
        <translation>Zeile %1: „%2“ hat keinen Wert</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>row %1: “%2” is of an unknown type “%3”</source>
        <translation>Zeile %1: „%2“ ist von unbekanntem Typ „%3“</translation>
    </message>
</context>
<context>
    <name>twinatlas::SqlFailure</name>
    <message>
        <location filename="../app/core/db/sqlfailure.cpp" line="+83"/>
        <source>its rows contradict each other: %1</source>
        <translation>die Zeilen widersprechen einander: %1</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>is damaged (%1)</source>
        <translation>ist beschädigt (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot be written: its disk is full</source>
        <translation>kann nicht geschrieben werden: das Laufwerk ist voll</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot be written: it, its folder or its disk is read-only (%1)</source>
        <translation>kann nicht geschrieben werden: die Datei, ihr Ordner oder das Laufwerk ist schreibgeschützt (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot be used: permission denied (%1)</source>
        <translation>kann nicht verwendet werden: keine Berechtigung (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot be opened: a file it needs is missing or cannot be made (%1)</source>
        <translation>kann nicht geöffnet werden: eine benötigte Datei fehlt oder kann nicht angelegt werden (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is locked by another program (SQLite: “%1”)</source>
        <translation>ist von einem anderen Programm gesperrt (SQLite: „%1“)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>could not be read from or written to its disk (%1)</source>
        <translation>konnte auf dem Laufwerk nicht gelesen oder geschrieben werden (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>could not be read (SQLite: “%1”)</source>
        <translation>konnte nicht gelesen werden (SQLite: „%1“)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The atlas file %1 %2.</source>
        <translation>Die Atlasdatei %1 %2.</translation>
    </message>
</context>
<context>
    <name>twinatlas::StartupAtlas</name>
    <message>
        <location filename="../app/ui/startupatlas.cpp" line="+26"/>
        <source>Your atlas was restored from the backup %1. The file that could not be opened is kept as %2.</source>
        <translation>Ihr Atlas wurde aus der Sicherung %1 wiederhergestellt. Die Datei, die nicht geöffnet werden konnte, ist als %2 aufbewahrt.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Your atlas was started again from the bundled atlas. The file that could not be opened, with your changes, is kept as %1.</source>
        <translation>Ihr Atlas wurde mit dem mitgelieferten Atlas neu begonnen. Die Datei, die nicht geöffnet werden konnte, ist mit Ihren Änderungen als %1 aufbewahrt.</translation>
    </message>
</context>
<context>
    <name>twinatlas::SyncCommand</name>
    <message>
        <location filename="../app/cli/synccommand.cpp" line="+35"/>
        <source>Syncs the atlas with its team atlas on a PostgreSQL server: receives what the others changed, sends your changes, and lists the conflicts a person has to settle (in the window: File ▸ Team conflicts). The password comes from the URL, PGPASSWORD or ~/.pgpass.</source>
        <translation>Gleicht den Atlas mit seinem Team-Atlas auf einem PostgreSQL-Server ab: empfängt, was die anderen geändert haben, sendet Ihre Änderungen und listet die Konflikte auf, die ein Mensch entscheiden muss (im Fenster: Datei ▸ Team-Konflikte). Das Passwort kommt aus der URL, PGPASSWORD oder ~/.pgpass.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The atlas file to sync.</source>
        <translation>Die abzugleichende Atlasdatei.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>postgresql://user@host:port/database; ?host=/run/postgresql for a socket, ?sslrootcert=FILE for the server&apos;s certificate.</source>
        <translation>postgresql://benutzer@host:port/datenbank; ?host=/run/postgresql für einen Socket, ?sslrootcert=DATEI für das Zertifikat des Servers.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>give the URL of the team atlas.</source>
        <translation>geben Sie die URL des Team-Atlas an.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>removed there, changed here</source>
        <translation>dort entfernt, hier geändert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>removed here, changed there</source>
        <translation>hier entfernt, dort geändert</translation>
    </message>
</context>
<context>
    <name>twinatlas::TeamActions</name>
    <message>
        <location filename="../app/ui/teamactions.cpp" line="+33"/>
        <source>The atlas could not be opened for the sync.</source>
        <translation>Der Atlas konnte für den Abgleich nicht geöffnet werden.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Connect to a &amp;Team Atlas…</source>
        <translation>Mit einem &amp;Team-Atlas verbinden…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;ync with the Team Atlas</source>
        <translation>Mit dem Team-Atlas a&amp;bgleichen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+78"/>
        <source>Team &amp;Conflicts…</source>
        <translation>Team-&amp;Konflikte…</translation>
    </message>
    <message>
        <location line="-77"/>
        <source>&amp;Disconnect from the Team Atlas</source>
        <translation>Vom Team-Atlas &amp;trennen</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Team &amp;Conflicts (%1)…</source>
        <translation>Team-&amp;Konflikte (%1)…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Team: not syncing (read-only)</source>
        <translation>Team: kein Abgleich (schreibgeschützt)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Team: syncing…</source>
        <translation>Team: Abgleich läuft…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Team: the last sync failed</source>
        <translation>Team: der letzte Abgleich ist fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Team: not synced yet</source>
        <translation>Team: noch nicht abgeglichen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Team: synced %1 · %2</source>
        <translation>Team: abgeglichen %1 · %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last sync with %1 at %2</source>
        <translation>Letzter Abgleich mit %1 am %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+8"/>
        <source>Another Team Atlas</source>
        <translation>Ein anderer Team-Atlas</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>This atlas was synced with %1. Sync it with %2 instead? Its rows and your changes stay; the new team atlas gets them at the first sync.</source>
        <translation>Dieser Atlas wurde mit %1 abgeglichen. Stattdessen mit %2 abgleichen? Seine Einträge und Ihre Änderungen bleiben; der neue Team-Atlas erhält sie beim ersten Abgleich.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The password could not be kept in the desktop&apos;s keyring (%1); Twinatlas will ask for it again next time.</source>
        <translation>Das Passwort konnte nicht im Schlüsselbund des Desktops gespeichert werden (%1); Twinatlas fragt beim nächsten Mal wieder danach.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Enter the password for %1.</source>
        <translation>Geben Sie das Passwort für %1 ein.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Team Atlas</source>
        <translation>Team-Atlas</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%Ln new conflict(s) with the team: File ▸ Team Conflicts… shows both values.</source>
        <translation>
            <numerusform>%Ln neuer Konflikt mit dem Team: Datei ▸ Team-Konflikte… zeigt beide Werte.</numerusform>
            <numerusform>%Ln neue Konflikte mit dem Team: Datei ▸ Team-Konflikte… zeigt beide Werte.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Disconnect from the Team Atlas</source>
        <translation>Vom Team-Atlas trennen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop syncing this atlas with %1? The atlas keeps every row and your changes; the password is removed from the keyring.</source>
        <translation>Diesen Atlas nicht mehr mit %1 abgleichen? Der Atlas behält alle Einträge und Ihre Änderungen; das Passwort wird aus dem Schlüsselbund entfernt.</translation>
    </message>
</context>
<context>
    <name>twinatlas::TeamConflictsDialog</name>
    <message>
        <location filename="../app/ui/teamconflictsdialog.cpp" line="+23"/>
        <source>&amp;Keep Mine</source>
        <translation>Meinen Wert &amp;behalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Take the Team&apos;s</source>
        <translation>Den des &amp;Teams übernehmen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Team Conflicts</source>
        <translation>Team-Konflikte</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Row</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Yours</source>
        <translation>Ihrer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The team&apos;s</source>
        <translation>Der des Teams</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Changed by</source>
        <translation>Geändert von</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep your value; the next sync sends it to the team.</source>
        <translation>Ihren Wert behalten; der nächste Abgleich sendet ihn an das Team.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take the other value into this atlas now.</source>
        <translation>Den anderen Wert jetzt in diesen Atlas übernehmen.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The conflicts could not be read: %1</source>
        <translation>Die Konflikte konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The whole %1</source>
        <translation>Der ganze Eintrag (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Removed</source>
        <translation>Entfernt</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+1"/>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 (you, %2)</source>
        <translation>%1 (Sie, %2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No conflicts: this atlas and the team agree.</source>
        <translation>Keine Konflikte: dieser Atlas und das Team stimmen überein.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>These were changed here and by someone else since the last sync. Until you choose, your value stays here and the team keeps the other.</source>
        <translation>Diese wurden seit dem letzten Abgleich hier und von jemand anderem geändert. Bis Sie entscheiden, bleibt hier Ihr Wert und das Team behält den anderen.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cannot Settle the Conflict</source>
        <translation>Konflikt kann nicht entschieden werden</translation>
    </message>
</context>
<context>
    <name>twinatlas::TeamConnectDialog</name>
    <message>
        <location filename="../app/ui/teamconnectdialog.cpp" line="+27"/>
        <source>Keep the password in the desktop&apos;s keyring</source>
        <translation>Passwort im Schlüsselbund des Desktops speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encrypt the connection and verify the server&apos;s certificate</source>
        <translation>Verbindung verschlüsseln und das Zertifikat des Servers prüfen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sync when Twinatlas starts</source>
        <translation>Beim Start von Twinatlas abgleichen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connect to a Team Atlas</source>
        <translation>Mit einem Team-Atlas verbinden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Several people keep one atlas together on a PostgreSQL server. This atlas stays your working copy; a sync sends your changes and brings the others&apos;.</source>
        <translation>Mehrere Personen pflegen gemeinsam einen Atlas auf einem PostgreSQL-Server. Dieser Atlas bleibt Ihre Arbeitskopie; ein Abgleich sendet Ihre Änderungen und holt die der anderen.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>db.example.org, or a socket folder such as /run/postgresql</source>
        <translation>db.example.org oder ein Socket-Ordner wie /run/postgresql</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The system&apos;s default (~/.postgresql/root.crt)</source>
        <translation>Vorgabe des Systems (~/.postgresql/root.crt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only when asked</source>
        <translation>Nur auf Anfrage</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Database:</source>
        <translation>&amp;Datenbank:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Certificate:</source>
        <translation>&amp;Zertifikat:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sync &amp;every:</source>
        <translation>Abgleich &amp;alle:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connect and Sync</source>
        <translation>Verbinden und abgleichen</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The Server&apos;s Certificate</source>
        <translation>Zertifikat des Servers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificates (*.crt *.pem *.cer);;All files (*)</source>
        <translation>Zertifikate (*.crt *.pem *.cer);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>twinatlas::TeamError</name>
    <message>
        <location filename="../app/core/team/teamerror.cpp" line="+68"/>
        <source>The team server refused the user name or password for %1. Check both and connect again; the local atlas is unchanged.</source>
        <translation>Der Team-Server hat den Benutzernamen oder das Passwort für %1 abgelehnt. Prüfen Sie beides und verbinden Sie sich erneut; der lokale Atlas ist unverändert.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The certificate %2 to check the team server %1 with does not exist. No connection was made and nothing was sent; choose the server&apos;s certificate (or its authority&apos;s) in the connection settings.</source>
        <translation>Das Zertifikat %2, mit dem der Team-Server %1 geprüft werden soll, gibt es nicht. Es wurde keine Verbindung aufgebaut und nichts gesendet; wählen Sie in den Verbindungseinstellungen das Zertifikat des Servers (oder seiner Zertifizierungsstelle).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The team server %1 could not prove who it is: its certificate could not be verified. No connection was made and nothing was sent; choose the server&apos;s certificate (or its authority&apos;s) in the connection settings.</source>
        <translation>Der Team-Server %1 konnte nicht nachweisen, wer er ist: sein Zertifikat ließ sich nicht prüfen. Es wurde keine Verbindung aufgebaut und nichts gesendet; wählen Sie in den Verbindungseinstellungen das Zertifikat des Servers (oder seiner Zertifizierungsstelle).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The team server %1 could not prove who it is: its certificate does not match the certificate %2. No connection was made and nothing was sent; check that this is the team&apos;s server and its certificate.</source>
        <translation>Der Team-Server %1 konnte nicht nachweisen, wer er ist: sein Zertifikat passt nicht zum Zertifikat %2. Es wurde keine Verbindung aufgebaut und nichts gesendet; prüfen Sie, ob dies der Server des Teams und sein Zertifikat ist.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server has no database %1. Check the database name.</source>
        <translation>Der Server hat keine Datenbank %1. Prüfen Sie den Namen der Datenbank.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The team server %1 cannot be reached. Check the address and the network; the local atlas is unchanged and keeps working.</source>
        <translation>Der Team-Server %1 ist nicht erreichbar. Prüfen Sie die Adresse und das Netzwerk; der lokale Atlas ist unverändert und funktioniert weiter.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The connection to the team server %1 was lost. %2</source>
        <translation>Die Verbindung zum Team-Server %1 ist abgebrochen. %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The team server lets %1 read the team atlas but not change it. %2 Ask the team&apos;s administrator for the editor role to send your changes.</source>
        <translation>Der Team-Server erlaubt %1, den Team-Atlas zu lesen, aber nicht zu ändern. %2 Bitten Sie die Administration des Teams um die Rolle editor, um Ihre Änderungen zu senden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Another desktop added the same partnership at the same moment. %1 Sync again to take theirs in.</source>
        <translation>Ein anderer Rechner hat im selben Moment dieselbe Partnerschaft hinzugefügt. %1 Gleichen Sie erneut ab, um sie zu übernehmen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The team server refused the sync. %1</source>
        <translation>Der Team-Server hat den Abgleich abgelehnt. %1</translation>
    </message>
</context>
<context>
    <name>twinatlas::TeamHistoryText</name>
    <message>
        <location filename="../app/core/team/teamhistorytext.cpp" line="+31"/>
        <source>Added by %1 on %2</source>
        <translation>Hinzugefügt von %1 am %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Removed by %1 on %2</source>
        <translation>Entfernt von %1 am %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edited by %1 on %2</source>
        <translation>Bearbeitet von %1 am %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 · %2 added it</source>
        <translation>%1 · %2 hat es hinzugefügt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 · %2 removed it</source>
        <translation>%1 · %2 hat es entfernt</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 · %2 changed it</source>
        <translation>%1 · %2 hat es geändert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 · %2 changed %3</source>
        <translation>%1 · %2 hat %3 geändert</translation>
    </message>
</context>
<context>
    <name>twinatlas::TeamKinds</name>
    <message>
        <location filename="../app/core/team/teamkind.cpp" line="+174"/>
        <source>The whole row</source>
        <translation>Der ganze Eintrag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>GeoNames id</source>
        <translation>GeoNames-ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name in ASCII</source>
        <translation>Name in ASCII</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Longitude</source>
        <translation>Längengrad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latitude</source>
        <translation>Breitengrad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Population</source>
        <translation>Einwohnerzahl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Origin</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other names</source>
        <translation>Andere Namen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Web address</source>
        <translation>Webadresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First place</source>
        <translation>Erster Ort</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Second place</source>
        <translation>Zweiter Ort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Partnership</source>
        <translation>Partnerschaft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postcard</source>
        <translation>Postkarte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received</source>
        <translation>Erhalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Data version</source>
        <translation>Datenversion</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>place</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>partnership</source>
        <translation>Partnerschaft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>source of a partnership</source>
        <translation>Quelle einer Partnerschaft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>source of an event</source>
        <translation>Quelle eines Ereignisses</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>postcard</source>
        <translation>Postkarte</translation>
    </message>
</context>
<context>
    <name>twinatlas::TeamRowText</name>
    <message>
        <location filename="../app/core/team/teamrowtext.cpp" line="+67"/>
        <source>%1 – %2</source>
        <comment>the two places of a partnership</comment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1, event of %2</source>
        <translation>%1, Ereignis vom %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+2"/>
        <source>%1, source “%2”</source>
        <translation>%1, Quelle „%2“</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Postcard from %1 to %2</source>
        <translation>Postkarte von %1 nach %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+14"/>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
</context>
<context>
    <name>twinatlas::TeamServer</name>
    <message>
        <location filename="../app/core/team/teamserver.cpp" line="+27"/>
        <source>Nothing was received; the local atlas is unchanged.</source>
        <translation>Es wurde nichts empfangen; der lokale Atlas ist unverändert.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing was sent; your changes stay in this atlas and go with the next sync.</source>
        <translation>Es wurde nichts gesendet; Ihre Änderungen bleiben in diesem Atlas und gehen mit dem nächsten Abgleich hinaus.</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>Qt&apos;s PostgreSQL driver is not installed (the Debian package libqt6sql6-psql); a team atlas cannot be reached without it.</source>
        <translation>Der PostgreSQL-Treiber von Qt ist nicht installiert (das Debian-Paket libqt6sql6-psql); ohne ihn ist kein Team-Atlas erreichbar.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>The database %1 holds no team atlas. Its administrator sets one up with: twinatlas server init &apos;%2&apos;</source>
        <translation>Die Datenbank %1 enthält keinen Team-Atlas. Ihre Administration richtet einen ein mit: twinatlas server init &apos;%2&apos;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The team atlas on %1 was set up by a newer Twinatlas (its schema is version %2; this Twinatlas knows up to version %3). Update Twinatlas to sync with it; nothing was sent or received.</source>
        <translation>Der Team-Atlas auf %1 wurde von einem neueren Twinatlas eingerichtet (sein Schema hat Version %2; dieses Twinatlas kennt bis Version %3). Aktualisieren Sie Twinatlas, um damit abzugleichen; nichts wurde gesendet oder empfangen.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The team atlas on %1 has schema version %2; this Twinatlas needs version %3. Its administrator upgrades it by starting this Twinatlas, or with: twinatlas server init &apos;%4&apos;</source>
        <translation>Der Team-Atlas auf %1 hat Schemaversion %2; dieses Twinatlas braucht Version %3. Die Administration aktualisiert ihn, indem sie dieses Twinatlas startet, oder mit: twinatlas server init &apos;%4&apos;</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The team atlas on %1 could not be upgraded; it is as it was.</source>
        <translation>Der Team-Atlas auf %1 konnte nicht aktualisiert werden; er ist unverändert.</translation>
    </message>
</context>
<context>
    <name>twinatlas::TeamServerAddress</name>
    <message>
        <location filename="../app/core/team/teamserveraddress.cpp" line="+46"/>
        <source>“%1” is not a URL: %2</source>
        <translation>„%1“ ist keine URL: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” is not a PostgreSQL address; it starts with postgresql://.</source>
        <translation>„%1“ ist keine PostgreSQL-Adresse; sie beginnt mit postgresql://.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The port “%1” is not a number from 1 to 65535.</source>
        <translation>Der Port „%1“ ist keine Zahl von 1 bis 65535.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>sslmode “%1” is not one of %2.</source>
        <translation>sslmode „%1“ ist keiner von %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The address option “%1” is not known; use host, port, dbname, user, sslmode or sslrootcert.</source>
        <translation>Die Adressoption „%1“ ist unbekannt; verwenden Sie host, port, dbname, user, sslmode oder sslrootcert.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The address names no server: give a host (postgresql://user@host/database) or a socket folder (?host=/run/postgresql).</source>
        <translation>Die Adresse nennt keinen Server: geben Sie einen Host (postgresql://benutzer@host/datenbank) oder einen Socket-Ordner (?host=/run/postgresql) an.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The address names no database: postgresql://user@host/database.</source>
        <translation>Die Adresse nennt keine Datenbank: postgresql://benutzer@host/datenbank.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The address names no user: postgresql://user@host/database.</source>
        <translation>Die Adresse nennt keinen Benutzer: postgresql://benutzer@host/datenbank.</translation>
    </message>
</context>
<context>
    <name>twinatlas::TeamSync</name>
    <message>
        <location filename="../app/core/team/teamsync.cpp" line="+195"/>
        <source>Your changes were sent, but this atlas could not note that they were. Nothing is lost: the next sync sorts it out.</source>
        <translation>Ihre Änderungen wurden gesendet, aber dieser Atlas konnte das nicht vermerken. Nichts geht verloren: der nächste Abgleich bringt es in Ordnung.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The team&apos;s changes could not be written into this atlas; nothing was changed here. The next sync tries again.</source>
        <translation>Die Änderungen des Teams konnten nicht in diesen Atlas geschrieben werden; hier wurde nichts geändert. Der nächste Abgleich versucht es erneut.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This atlas is open read-only, so it cannot take the team&apos;s changes: sync from the Twinatlas window that has it open.</source>
        <translation>Dieser Atlas ist schreibgeschützt geöffnet und kann die Änderungen des Teams nicht aufnehmen: gleichen Sie im Twinatlas-Fenster ab, das ihn geöffnet hat.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>This atlas is kept with another team atlas (last synced with %1), not with %2. To sync it with %2, disconnect it from the other first; its rows and your changes stay.</source>
        <translation>Dieser Atlas gehört zu einem anderen Team-Atlas (zuletzt abgeglichen mit %1), nicht zu %2. Um ihn mit %2 abzugleichen, trennen Sie ihn zuerst vom anderen; seine Einträge und Ihre Änderungen bleiben.</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>The atlas changed during the sync.</source>
        <translation>Der Atlas hat sich während des Abgleichs geändert.</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>The atlas kept changing during the sync; sync again.</source>
        <translation>Der Atlas hat sich während des Abgleichs immer wieder geändert; gleichen Sie erneut ab.</translation>
    </message>
    <message>
        <location line="+182"/>
        <source>The team&apos;s version cannot be taken: it refers to rows this atlas does not have, or rows here still need this one.</source>
        <translation>Die Fassung des Teams kann nicht übernommen werden: sie verweist auf Einträge, die dieser Atlas nicht hat, oder Einträge hier brauchen diesen noch.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The atlas changed meanwhile; choose again.</source>
        <translation>Der Atlas hat sich inzwischen geändert; wählen Sie erneut.</translation>
    </message>
</context>
<context>
    <name>twinatlas::TeamSyncReport</name>
    <message numerus="yes">
        <location filename="../app/core/team/teamsyncreport.cpp" line="+24"/>
        <source>%Ln place(s)</source>
        <translation>
            <numerusform>%Ln Ort</numerusform>
            <numerusform>%Ln Orte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln source(s)</source>
        <translation>
            <numerusform>%Ln Quelle</numerusform>
            <numerusform>%Ln Quellen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln partnership(s)</source>
        <translation>
            <numerusform>%Ln Partnerschaft</numerusform>
            <numerusform>%Ln Partnerschaften</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln event(s)</source>
        <translation>
            <numerusform>%Ln Ereignis</numerusform>
            <numerusform>%Ln Ereignisse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln cited source(s)</source>
        <translation>
            <numerusform>%Ln zitierte Quelle</numerusform>
            <numerusform>%Ln zitierte Quellen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln postcard(s)</source>
        <translation>
            <numerusform>%Ln Postkarte</numerusform>
            <numerusform>%Ln Postkarten</numerusform>
        </translation>
    </message>
    <message>
        <location line="+34"/>
        <source>nothing new came in</source>
        <translation>nichts Neues kam herein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 came in</source>
        <translation>hereingekommen: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln change(s) sent</source>
        <translation>
            <numerusform>%Ln Änderung gesendet</numerusform>
            <numerusform>%Ln Änderungen gesendet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln change(s) wait for the next sync</source>
        <translation>
            <numerusform>%Ln Änderung wartet auf den nächsten Abgleich</numerusform>
            <numerusform>%Ln Änderungen warten auf den nächsten Abgleich</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln team row(s) this atlas cannot take yet</source>
        <translation>
            <numerusform>%Ln Eintrag des Teams, den dieser Atlas noch nicht aufnehmen kann</numerusform>
            <numerusform>%Ln Einträge des Teams, die dieser Atlas noch nicht aufnehmen kann</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln conflict(s) to settle</source>
        <translation>
            <numerusform>%Ln Konflikt zu entscheiden</numerusform>
            <numerusform>%Ln Konflikte zu entscheiden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>twinatlas::TextDecoder</name>
    <message>
        <location filename="../app/core/io/textdecoder.cpp" line="+63"/>
        <source>the line is longer than %1 characters; this is not a list of places</source>
        <translation>die Zeile ist länger als %1 Zeichen; dies ist keine Liste von Orten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>NUL byte: this is a binary file, or UTF-16 without a byte order mark</source>
        <translation>NUL-Byte: Dies ist eine Binärdatei oder UTF-16 ohne Byte-Order-Mark</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>the file ends inside a UTF-8 character: it is truncated</source>
        <translation>die Datei endet mitten in einem UTF-8-Zeichen: Sie ist abgeschnitten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>invalid UTF-8 (byte 0x%1)</source>
        <translation>ungültiges UTF-8 (Byte 0x%1)</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>byte 0x%1 is neither UTF-8 nor a Windows-1252 character</source>
        <translation>Byte 0x%1 ist weder UTF-8 noch ein Windows-1252-Zeichen</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>the file ends inside a UTF-16 character: it is truncated</source>
        <translation>die Datei endet mitten in einem UTF-16-Zeichen: Sie ist abgeschnitten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>NUL character: this is a binary file</source>
        <translation>NUL-Zeichen: Dies ist eine Binärdatei</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+9"/>
        <source>invalid UTF-16 (an unpaired surrogate)</source>
        <translation>ungültiges UTF-16 (ein unpaariges Surrogat)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>the file is larger than %1 MB; split it</source>
        <translation>die Datei ist größer als %1 MB; teilen Sie sie auf</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>byte 0x%1 is not UTF-8, but the file is UTF-8 at line %2, column %3: it mixes two encodings; save it in one (UTF-8), or choose its encoding</source>
        <translation>Byte 0x%1 ist kein UTF-8, aber die Datei ist UTF-8 in Zeile %2, Spalte %3: Sie mischt zwei Kodierungen; speichern Sie sie in einer (UTF-8) oder wählen Sie ihre Kodierung</translation>
    </message>
</context>
<context>
    <name>twinatlas::TimelineModel</name>
    <message>
        <location filename="../app/models/timelinemodel.cpp" line="+30"/>
        <source>%1: %2</source>
        <comment>date: description</comment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>twinatlas::TimelineView</name>
    <message>
        <location filename="../app/ui/timelineview.cpp" line="+102"/>
        <source>No events are recorded for this partnership.</source>
        <translation>Für diese Partnerschaft sind keine Ereignisse verzeichnet.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2</source>
        <comment>event date · event type</comment>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Source: %1</source>
        <translation>Quelle: %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&lt;a href=&quot;edit&quot;&gt;Edit&lt;/a&gt;</source>
        <translation>&lt;a href=&quot;edit&quot;&gt;Bearbeiten&lt;/a&gt;</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&lt;a href=&quot;remove&quot;&gt;Remove&lt;/a&gt;</source>
        <translation>&lt;a href=&quot;remove&quot;&gt;Entfernen&lt;/a&gt;</translation>
    </message>
</context>
<context>
    <name>twinatlas::UpgradeReport</name>
    <message>
        <location filename="../app/core/db/upgradereport.cpp" line="+25"/>
        <source>Your atlas could not be updated to the new data; it is as it was. %1</source>
        <translation>Ihr Atlas konnte nicht auf die neuen Daten aktualisiert werden; er ist unverändert. %1</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n new partnership(s)</source>
        <translation>
            <numerusform>%n neue Partnerschaft</numerusform>
            <numerusform>%n neue Partnerschaften</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n new place(s)</source>
        <translation>
            <numerusform>%n neuer Ort</numerusform>
            <numerusform>%n neue Orte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n new event(s)</source>
        <translation>
            <numerusform>%n neues Ereignis</numerusform>
            <numerusform>%n neue Ereignisse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n corrected</source>
        <translation>
            <numerusform>%n korrigiert</numerusform>
            <numerusform>%n korrigiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n removed</source>
        <translation>
            <numerusform>%n entfernt</numerusform>
            <numerusform>%n entfernt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The atlas data was updated to %1: %2; your %n edit(s) kept.</source>
        <translation>
            <numerusform>Die Atlasdaten wurden auf %1 aktualisiert: %2; Ihre %n Änderung bleibt erhalten.</numerusform>
            <numerusform>Die Atlasdaten wurden auf %1 aktualisiert: %2; Ihre %n Änderungen bleiben erhalten.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The atlas data was updated to %1: %2.</source>
        <translation>Die Atlasdaten wurden auf %1 aktualisiert: %2.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n row(s) the new data drops are kept because your entries use them.</source>
        <translation>
            <numerusform>%n Eintrag, den die neuen Daten streichen, bleibt erhalten, weil Ihre Einträge ihn verwenden.</numerusform>
            <numerusform>%n Einträge, die die neuen Daten streichen, bleiben erhalten, weil Ihre Einträge sie verwenden.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A copy of your atlas from before is at %1.</source>
        <translation>Eine Kopie Ihres vorherigen Atlas liegt in %1.</translation>
    </message>
</context>
<context>
    <name>twinatlas::WhereCommand</name>
    <message>
        <location filename="../app/cli/wherecommand.cpp" line="+54"/>
        <source>Prints the place with partnerships nearest to a position: the last valid fix of an NMEA log, or a longitude and latitude. Then its partnerships, as query prints them.</source>
        <translation>Gibt den nächstgelegenen Ort mit Partnerschaften zu einer Position aus: der letzten gültigen Positionsbestimmung eines NMEA-Protokolls oder einer Länge und Breite. Danach seine Partnerschaften, wie query sie ausgibt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>An NMEA log (a GPS receiver&apos;s sentences) whose last valid fix is the position.</source>
        <translation>Ein NMEA-Protokoll (die Sätze eines GPS-Empfängers), dessen letzte gültige Positionsbestimmung die Position ist.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+6"/>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>The longitude, in degrees east.</source>
        <translation>Die Länge, in Grad Ost.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>DEG</source>
        <translation>GRAD</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>The latitude, in degrees north.</source>
        <translation>Die Breite, in Grad Nord.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The atlas file to read.</source>
        <translation>Die zu lesende Atlasdatei.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>unexpected argument “%1”</source>
        <translation>unerwartetes Argument „%1“</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>give either --nmea FILE or --lon DEG --lat DEG</source>
        <translation>geben Sie entweder --nmea DATEI oder --lon GRAD --lat GRAD an</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 holds no valid position fix (%2).</source>
        <translation>%1 enthält keine gültige Positionsbestimmung (%2).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: used the last valid fix, on line %2 (%3).</source>
        <translation>%1: die letzte gültige Positionsbestimmung verwendet, in Zeile %2 (%3).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>give both --lon and --lat</source>
        <translation>geben Sie sowohl --lon als auch --lat an</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--lon takes degrees from -180 to 180, not “%1”</source>
        <translation>--lon nimmt Grad von -180 bis 180, nicht „%1“</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--lat takes degrees from -90 to 90, not “%1”</source>
        <translation>--lat nimmt Grad von -90 bis 90, nicht „%1“</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the atlas holds no place with partnerships</source>
        <translation>der Atlas enthält keinen Ort mit Partnerschaften</translation>
    </message>
</context>
<context>
    <name>twinatlas::WikidataActions</name>
    <message>
        <location filename="../app/ui/wikidataactions.cpp" line="+28"/>
        <source>Get partnerships from &amp;Wikidata…</source>
        <translation>Partnerschaften aus &amp;Wikidata holen…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add the twinnings Wikidata records for the world, a country or the selected place</source>
        <translation>Die Städtepartnerschaften hinzufügen, die Wikidata für die Welt, ein Land oder den gewählten Ort verzeichnet</translation>
    </message>
</context>
<context>
    <name>twinatlas::WikidataBatch</name>
    <message>
        <location filename="../app/core/wikidata/wikidatabatch.cpp" line="+100"/>
        <source>(more warnings left out)</source>
        <translation>(weitere Warnungen ausgelassen)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the answer has no “%1” column: it is not the answer to Twinatlas&apos;s query</source>
        <translation>die Antwort hat keine Spalte „%1“: sie ist nicht die Antwort auf die Abfrage von Twinatlas</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>row %1 of the answer is not a Wikidata statement on an item</source>
        <translation>Zeile %1 der Antwort ist keine Wikidata-Aussage über ein Objekt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>row %1 of the answer: statement %2 is not on %3</source>
        <translation>Zeile %1 der Antwort: Aussage %2 gehört nicht zu %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>statement %1 names no item as twin; left out</source>
        <translation>Aussage %1 nennt kein Objekt als Partner; ausgelassen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>statement %1 names its own item as twin; left out</source>
        <translation>Aussage %1 nennt ihr eigenes Objekt als Partner; ausgelassen</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>statement %1: the date “%2” (precision %3) is left out</source>
        <translation>Aussage %1: das Datum „%2“ (Genauigkeit %3) wird ausgelassen</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1: the coordinates “%2” are left out</source>
        <translation>%1: die Koordinaten „%2“ werden ausgelassen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: the GeoNames ID “%2” is left out</source>
        <translation>%1: die GeoNames-ID „%2“ wird ausgelassen</translation>
    </message>
</context>
<context>
    <name>twinatlas::WikidataCommand</name>
    <message>
        <location filename="../app/cli/wikidatacommand.cpp" line="+49"/>
        <source>Gets the twinnings (“twinned administrative body”, P190) of the world, a country or a place from Wikidata and adds them to the atlas in one step. Each place is resolved against the gazetteer; doubtful ones are left out and reported. Run again, it brings what changed since the last fetch; your own edits are kept.</source>
        <translation>Holt die Städtepartnerschaften (Wikidata-Eigenschaft P190) der Welt, eines Landes oder eines Ortes aus Wikidata und fügt sie in einem Schritt dem Atlas hinzu. Jeder Ort wird im Ortsverzeichnis gesucht; zweifelhafte werden ausgelassen und gemeldet. Erneut ausgeführt, bringt es, was sich seit dem letzten Abruf geändert hat; Ihre eigenen Änderungen bleiben erhalten.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The whole world, country by country (the default).</source>
        <translation>Die ganze Welt, Land für Land (Voreinstellung).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One country, by its ISO 3166-1 code, e.g. DE or PL.</source>
        <translation>Ein Land, mit seinem ISO-3166-1-Code, etwa DE oder PL.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One place of the atlas, by name.</source>
        <translation>Ein Ort des Atlas, mit Namen.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The SPARQL endpoint over Wikidata (default: %1, or the one chosen in Preferences).</source>
        <translation>Der SPARQL-Endpunkt über Wikidata (Voreinstellung: %1, oder der in den Einstellungen gewählte).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The language of the place names kept from Wikidata&apos;s labels (default: the interface language).</source>
        <translation>Die Sprache der aus den Bezeichnungen von Wikidata übernommenen Ortsnamen (Voreinstellung: die Sprache der Oberfläche).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>LANG</source>
        <translation>SPRACHE</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give up a request after this many seconds of silence (default: 120).</source>
        <translation>Eine Anfrage nach so vielen Sekunden Stille aufgeben (Voreinstellung: 120).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SECONDS</source>
        <translation>SEKUNDEN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fetch, resolve and report; write nothing.</source>
        <translation>Abrufen, zuordnen und berichten; nichts schreiben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write every statement and what became of it as CSV.</source>
        <translation>Jede Aussage und was aus ihr wurde als CSV schreiben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The atlas file to add to.</source>
        <translation>Die Atlasdatei, der hinzugefügt wird.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>unexpected “%1”; name a country with --country, a place with --place.</source>
        <translation>unerwartetes „%1“; nennen Sie ein Land mit --country, einen Ort mit --place.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>give one of --all, --country and --place.</source>
        <translation>geben Sie nur eines von --all, --country und --place an.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--endpoint takes an http or https URL, such as %1.</source>
        <translation>--endpoint erwartet eine http- oder https-URL, etwa %1.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--timeout takes seconds, from 1 to 3600.</source>
        <translation>--timeout erwartet Sekunden, von 1 bis 3600.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>no place is called “%1”.</source>
        <translation>kein Ort heißt „%1“.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the atlas has no countries to ask for.</source>
        <translation>der Atlas hat keine Länder, nach denen gefragt werden kann.</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%1 (%2 of %3): %n statements so far</source>
        <translation>
            <numerusform>%1 (%2 von %3): bisher %n Aussage</numerusform>
            <numerusform>%1 (%2 von %3): bisher %n Aussagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%1; waiting %n seconds.</source>
        <translation>
            <numerusform>%1; %n Sekunde wird gewartet.</numerusform>
            <numerusform>%1; %n Sekunden wird gewartet.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 Nothing was changed.</source>
        <translation>%1 Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>cannot write the report %1: %2</source>
        <translation>der Bericht %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Nothing was written: %1</source>
        <translation>Es wurde nichts geschrieben: %1</translation>
    </message>
</context>
<context>
    <name>twinatlas::WikidataDialog</name>
    <message>
        <location filename="../app/ui/wikidatadialog.cpp" line="+56"/>
        <source>Save &amp;report…</source>
        <translation>&amp;Bericht speichern…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Get</source>
        <translation>&amp;Holen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add to the atlas</source>
        <translation>Dem Atlas &amp;hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Get partnerships from Wikidata</source>
        <translation>Partnerschaften aus Wikidata holen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Ask Wikidata now; nothing is added before you have seen what it brings</source>
        <translation>Jetzt bei Wikidata anfragen; nichts wird hinzugefügt, bevor Sie gesehen haben, was kommt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write what the review shows into the atlas, as one step that Undo takes back</source>
        <translation>Das in der Prüfung Gezeigte in den Atlas schreiben, als ein Schritt, den „Rückgängig“ zurücknimmt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save every statement and what became of it as CSV</source>
        <translation>Jede Aussage und was aus ihr wurde als CSV speichern</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Save report</source>
        <translation>Bericht speichern</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>wikidata-report.csv</source>
        <translation>wikidata-bericht.csv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Report not saved</source>
        <translation>Bericht nicht gespeichert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Asking Wikidata for %1 (%2 of %3)…</source>
        <translation>Wikidata wird nach %1 gefragt (%2 von %3)…</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n twinning statements so far</source>
        <translation>
            <numerusform>bisher %n Partnerschaftsaussage</numerusform>
            <numerusform>bisher %n Partnerschaftsaussagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1; trying again in %n seconds.</source>
        <translation>
            <numerusform>%1; neuer Versuch in %n Sekunde.</numerusform>
            <numerusform>%1; neuer Versuch in %n Sekunden.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Loading the gazetteer…</source>
        <translation>Ortsverzeichnis wird geladen…</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Finding %n places in the gazetteer…</source>
        <translation>
            <numerusform>%n Ort wird im Ortsverzeichnis gesucht…</numerusform>
            <numerusform>%n Orte werden im Ortsverzeichnis gesucht…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Get the twinnings recorded in Wikidata</source>
        <translation>Die in Wikidata verzeichneten Städtepartnerschaften holen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Wikidata, the free knowledge base anyone can edit, records most of the world&apos;s twinnings (“twinned administrative body”), with the start and end dates it knows. Twinatlas asks it for them, finds each town in its gazetteer and shows you what is new before anything is added. Asked again later, it brings what changed; your own edits are kept.</source>
        <translation>Wikidata, die freie Wissensdatenbank, die jeder bearbeiten kann, verzeichnet die meisten Städtepartnerschaften der Welt (Eigenschaft P190), mit den Anfangs- und Enddaten, die sie kennt. Twinatlas fragt sie danach, sucht jeden Ort in seinem Ortsverzeichnis und zeigt Ihnen, was neu ist, bevor etwas hinzugefügt wird. Später erneut gefragt, bringt es, was sich geändert hat; Ihre eigenen Änderungen bleiben erhalten.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The whole &amp;world, country by country (a few minutes)</source>
        <translation>Die ganze &amp;Welt, Land für Land (einige Minuten)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One &amp;country:</source>
        <translation>Ein &amp;Land:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The selected &amp;place (choose one on the map or in the list first)</source>
        <translation>Der gewählte &amp;Ort (wählen Sie zuerst einen auf der Karte oder in der Liste)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The selected &amp;place: %1 (not in GeoNames, so not to be found in Wikidata by it; choose its country)</source>
        <translation>Der gewählte &amp;Ort: %1 (nicht in GeoNames, daher nicht darüber in Wikidata zu finden; wählen Sie sein Land)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The selected &amp;place: %1</source>
        <translation>Der gewählte &amp;Ort: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Asks %1, the service set in Preferences.</source>
        <translation>Fragt %1, den in den Einstellungen festgelegten Dienst.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Last fetched on %1: %2.</source>
        <translation>Zuletzt geholt am %1: %2.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Partnership</source>
        <translation>Partnerschaft</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+150"/>
        <source>Places</source>
        <translation>Orte</translation>
    </message>
    <message>
        <location line="-90"/>
        <source>Asking Wikidata…</source>
        <translation>Wikidata wird gefragt…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cancelled; nothing was changed.</source>
        <translation>Abgebrochen; es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1
Nothing was changed.</source>
        <translation>%1
Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dates changed in Wikidata</source>
        <translation>In Wikidata geänderte Daten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kept as in your atlas</source>
        <translation>Wie in Ihrem Atlas belassen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No longer in Wikidata: tick those to remove</source>
        <translation>Nicht mehr in Wikidata: die zu entfernenden ankreuzen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tick to remove this partnership from the atlas</source>
        <translation>Ankreuzen, um diese Partnerschaft aus dem Atlas zu entfernen</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… und %n weitere</numerusform>
            <numerusform>… und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing new: the atlas already has what Wikidata lists.</source>
        <translation>Nichts Neues: der Atlas hat schon, was Wikidata verzeichnet.</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n new partnerships</source>
        <translation>
            <numerusform>%n neue Partnerschaft</numerusform>
            <numerusform>%n neue Partnerschaften</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n confirmed</source>
        <translation>
            <numerusform>%n bestätigt</numerusform>
            <numerusform>%n bestätigt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n with changed dates</source>
        <translation>
            <numerusform>%n mit geänderten Daten</numerusform>
            <numerusform>%n mit geänderten Daten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n kept as in your atlas</source>
        <translation>
            <numerusform>%n wie in Ihrem Atlas belassen</numerusform>
            <numerusform>%n wie in Ihrem Atlas belassen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n no longer in Wikidata</source>
        <translation>
            <numerusform>%n nicht mehr in Wikidata</numerusform>
            <numerusform>%n nicht mehr in Wikidata</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>From %n twinning statements: %1.</source>
        <translation>
            <numerusform>Aus %n Partnerschaftsaussage: %1.</numerusform>
            <numerusform>Aus %n Partnerschaftsaussagen: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n places new to the atlas are added at Wikidata&apos;s coordinates.</source>
        <translation>
            <numerusform>%n im Atlas neuer Ort wird an den Koordinaten von Wikidata hinzugefügt.</numerusform>
            <numerusform>%n im Atlas neue Orte werden an den Koordinaten von Wikidata hinzugefügt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n places could not be placed for sure: see Places; what you leave undecided is left out, and asked again next time.</source>
        <translation>
            <numerusform>%n Ort ließ sich nicht sicher zuordnen: siehe Orte; was Sie nicht entscheiden, wird ausgelassen und beim nächsten Mal erneut gefragt.</numerusform>
            <numerusform>%n Orte ließen sich nicht sicher zuordnen: siehe Orte; was Sie nicht entscheiden, wird ausgelassen und beim nächsten Mal erneut gefragt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Places (%n to decide)</source>
        <translation>
            <numerusform>Orte (%n zu entscheiden)</numerusform>
            <numerusform>Orte (%n zu entscheiden)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Wikidata</source>
        <translation>Wikidata</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing was added</source>
        <translation>Es wurde nichts hinzugefügt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Wikidata has nothing new for the atlas.</source>
        <translation>Wikidata hat nichts Neues für den Atlas.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Added %n partnerships from Wikidata</source>
        <translation>
            <numerusform>%n Partnerschaft aus Wikidata hinzugefügt</numerusform>
            <numerusform>%n Partnerschaften aus Wikidata hinzugefügt</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>twinatlas::WikidataFetch</name>
    <message>
        <location filename="../app/core/wikidata/wikidatafetch.cpp" line="+129"/>
        <source>“%1” is not the http or https address of a SPARQL endpoint.</source>
        <translation>„%1“ ist nicht die http- oder https-Adresse eines SPARQL-Endpunkts.</translation>
    </message>
    <message>
        <location line="+123"/>
        <source>The answer of %1 for %2 is larger than %3 MB; none of it is used.</source>
        <translation>Die Antwort von %1 für %2 ist größer als %3 MB; nichts davon wird verwendet.</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%1 did not answer for %n seconds</source>
        <translation>
            <numerusform>%1 hat %n Sekunde lang nicht geantwortet</numerusform>
            <numerusform>%1 hat %n Sekunden lang nicht geantwortet</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The connection to %1 broke off: %2</source>
        <translation>Die Verbindung zu %1 ist abgebrochen: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 could not be found: there is no network, or the address is wrong (%2).</source>
        <translation>%1 wurde nicht gefunden: es gibt kein Netz, oder die Adresse ist falsch (%2).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The proxy %1 would not connect to %2: %3</source>
        <translation>Der Proxy %1 wollte keine Verbindung zu %2 herstellen: %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 could not be reached: %2</source>
        <translation>%1 ist nicht erreichbar: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%1 is busy and asks to wait %n minutes; try again later.</source>
        <translation>
            <numerusform>%1 ist ausgelastet und bittet, %n Minute zu warten; versuchen Sie es später erneut.</numerusform>
            <numerusform>%1 ist ausgelastet und bittet, %n Minuten zu warten; versuchen Sie es später erneut.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 asks for a pause (too many requests)</source>
        <translation>%1 bittet um eine Pause (zu viele Anfragen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is busy (service unavailable)</source>
        <translation>%1 ist ausgelastet (Dienst nicht verfügbar)</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+4"/>
        <source>%1 answered %2 %3 for %4: %5</source>
        <translation>%1 antwortete %2 %3 für %4: %5</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 answered for %2 with %3, not with SPARQL results in JSON: %4</source>
        <translation>%1 antwortete für %2 mit %3, nicht mit SPARQL-Ergebnissen in JSON: %4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no content type</source>
        <translation>keinem Inhaltstyp</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%1 (tried %n times).</source>
        <translation>
            <numerusform>%1 (%n Versuch).</numerusform>
            <numerusform>%1 (%n Versuche).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+43"/>
        <source>The answer of %1 for %2 is broken: %3</source>
        <translation>Die Antwort von %1 für %2 ist fehlerhaft: %3</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The fetch was cancelled; nothing was changed.</source>
        <translation>Der Abruf wurde abgebrochen; es wurde nichts geändert.</translation>
    </message>
</context>
<context>
    <name>twinatlas::WikidataRunner</name>
    <message>
        <location filename="../app/ui/wikidatarunner.cpp" line="+82"/>
        <location line="+21"/>
        <source>The fetch was cancelled; nothing was changed.</source>
        <translation>Der Abruf wurde abgebrochen; es wurde nichts geändert.</translation>
    </message>
</context>
<context>
    <name>twinatlas::WikidataScope</name>
    <message>
        <location filename="../app/core/wikidata/wikidatascope.cpp" line="+84"/>
        <source>the whole world</source>
        <translation>die ganze Welt</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>“%1” is not an ISO 3166-1 country code such as DE or PL.</source>
        <translation>„%1“ ist kein ISO-3166-1-Ländercode wie DE oder PL.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 has no GeoNames ID to find it in Wikidata by; get its country instead.</source>
        <translation>%1 hat keine GeoNames-ID, über die es sich in Wikidata finden ließe; holen Sie stattdessen sein Land.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+10"/>
        <source>The atlas could not be read: it %1</source>
        <translation>Der Atlas konnte nicht gelesen werden: er %1</translation>
    </message>
</context>
<context>
    <name>twinatlas::WikidataUpdate</name>
    <message>
        <location filename="../app/core/wikidata/wikidataupdate.cpp" line="+72"/>
        <source>no dates</source>
        <translation>keine Daten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>since %1</source>
        <translation>seit %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>until %1</source>
        <translation>bis %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The atlas could not be read: it %1</source>
        <translation>Der Atlas konnte nicht gelesen werden: er %1</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>The atlas could not be read: partnership %1 vanished.</source>
        <translation>Der Atlas konnte nicht gelesen werden: Partnerschaft %1 ist verschwunden.</translation>
    </message>
    <message>
        <location line="+137"/>
        <source>Wikidata: %1 (%2), twinned administrative body %3 (%4)</source>
        <translation>Wikidata: %1 (%2), Partnerstadt %3 (%4)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The fetch was cancelled; nothing was changed.</source>
        <translation>Der Abruf wurde abgebrochen; es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the place of Wikidata&apos;s %1 at an earlier fetch</source>
        <translation>der Ort von Wikidatas %1 bei einem früheren Abruf</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>You removed this partnership; Wikidata still lists it. It stays removed.</source>
        <translation>Sie haben diese Partnerschaft entfernt; Wikidata führt sie noch. Sie bleibt entfernt.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>none</source>
        <translation>keines</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the atlas&apos;s start date, %1 (Wikidata now says %2)</source>
        <translation>das Anfangsdatum des Atlas, %1 (Wikidata sagt jetzt %2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the atlas&apos;s end date, %1 (Wikidata now says %2)</source>
        <translation>das Enddatum des Atlas, %1 (Wikidata sagt jetzt %2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the atlas&apos;s dates, which Wikidata&apos;s new ones (%1) contradict</source>
        <translation>die Daten des Atlas, denen die neuen von Wikidata (%1) widersprechen</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1, was %2</source>
        <translation>%1, vorher %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Kept: %1.</source>
        <translation>Belassen: %1.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Wikidata no longer lists this twinning.</source>
        <translation>Wikidata führt diese Städtepartnerschaft nicht mehr.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wikidata no longer lists this twinning (not found since %1).</source>
        <translation>Wikidata führt diese Städtepartnerschaft nicht mehr (nicht gefunden seit %1).</translation>
    </message>
</context>
<context>
    <name>twinatlas::WriteSession</name>
    <message>
        <location filename="../app/core/edit/writesession.cpp" line="+79"/>
        <source>The change could not be saved: %1</source>
        <translation>Die Änderung konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1: refers to a row that no earlier step of this change adds.</source>
        <translation>%1: verweist auf einen Eintrag, den kein früherer Schritt dieser Änderung hinzufügt.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The placeholder id %1 is used for two new rows.</source>
        <translation>Die vorläufige Kennung %1 wird für zwei neue Einträge verwendet.</translation>
    </message>
    <message>
        <location line="+120"/>
        <location line="+76"/>
        <source>The change could not be saved: the atlas %1.</source>
        <translation>Die Änderung konnte nicht gespeichert werden: der Atlas %1.</translation>
    </message>
    <message>
        <location line="-71"/>
        <source>The search index could not be updated: %1</source>
        <translation>Der Suchindex konnte nicht aktualisiert werden: %1</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>There is no place %1 to change.</source>
        <translation>Es gibt keinen Ort %1 zum Ändern.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>An alternate name is changed by removing it and adding the new one.</source>
        <translation>Ein anderer Name wird geändert, indem man ihn entfernt und den neuen hinzufügt.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The place has no alternate name “%1”.</source>
        <translation>Der Ort hat keinen anderen Namen „%1“.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>There is no partnership %1 to remove.</source>
        <translation>Es gibt keine Partnerschaft %1 zum Entfernen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>There is no partnership %1 to change.</source>
        <translation>Es gibt keine Partnerschaft %1 zum Ändern.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>There is no event %1 to remove.</source>
        <translation>Es gibt kein Ereignis %1 zum Entfernen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>There is no event %1 to change.</source>
        <translation>Es gibt kein Ereignis %1 zum Ändern.</translation>
    </message>
    <message>
        <location line="+52"/>
        <location line="+52"/>
        <location line="+29"/>
        <source>There is no source %1.</source>
        <translation>Es gibt keine Quelle %1.</translation>
    </message>
    <message>
        <location line="-37"/>
        <location line="+29"/>
        <source>A cited source is changed by removing it and adding another.</source>
        <translation>Eine zitierte Quelle wird geändert, indem man sie entfernt und eine andere hinzufügt.</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>There is no partnership %1.</source>
        <translation>Es gibt keine Partnerschaft %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The partnership already cites this source.</source>
        <translation>Die Partnerschaft zitiert diese Quelle bereits.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The partnership does not cite this source.</source>
        <translation>Die Partnerschaft zitiert diese Quelle nicht.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>There is no event %1.</source>
        <translation>Es gibt kein Ereignis %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The event already cites this source.</source>
        <translation>Das Ereignis zitiert diese Quelle bereits.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The event does not cite this source.</source>
        <translation>Das Ereignis zitiert diese Quelle nicht.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+7"/>
        <source>The partner is not on the checklist.</source>
        <translation>Der Partner steht nicht auf der Checkliste.</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>The partner is already on the checklist.</source>
        <translation>Der Partner steht bereits auf der Checkliste.</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+6"/>
        <source>The place has no name in “%1”.</source>
        <translation>Der Ort hat keinen Namen in „%1“.</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>The place already has a name in “%1”.</source>
        <translation>Der Ort hat schon einen Namen in „%1“.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A place&apos;s name cannot be empty.</source>
        <translation>Der Name eines Ortes darf nicht leer sein.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This row is already there.</source>
        <translation>Diese Zeile gibt es schon.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no row to change.</source>
        <translation>Es gibt keine Zeile zum Ändern.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no row to remove.</source>
        <translation>Es gibt keine Zeile zum Entfernen.</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+4"/>
        <source>There is no tombstone for %1.</source>
        <translation>Es gibt keinen Löschvermerk für %1.</translation>
    </message>
</context>
</TS>
