<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl_PL">
<context>
    <name>AboutBox</name>
    <message>
        <location filename="../app/ui/aboutbox.cpp" line="+19"/>
        <source>&lt;h3&gt;Twinatlas %1&lt;/h3&gt;&lt;p&gt;A desktop atlas of sister cities and twin towns.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Twinatlas %1&lt;/h3&gt;&lt;p&gt;Komputerowy atlas miast partnerskich i bliźniaczych.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&lt;p&gt;Bundled data version %1: %2, %3, %4 and %5.</source>
        <translation>&lt;p&gt;Wersja dołączonych danych %1: %2, %3, %4 i %5.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln places</source>
        <translation>
            <numerusform>%Ln miejscowość</numerusform>
            <numerusform>%Ln miejscowości</numerusform>
            <numerusform>%Ln miejscowości</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln partnerships</source>
        <translation>
            <numerusform>%Ln partnerstwo</numerusform>
            <numerusform>%Ln partnerstwa</numerusform>
            <numerusform>%Ln partnerstw</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln events</source>
        <translation>
            <numerusform>%Ln wydarzenie</numerusform>
            <numerusform>%Ln wydarzenia</numerusform>
            <numerusform>%Ln wydarzeń</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln sources</source>
        <translation>
            <numerusform>%Ln źródło</numerusform>
            <numerusform>%Ln źródła</numerusform>
            <numerusform>%Ln źródeł</numerusform>
        </translation>
    </message>
    <message>
        <location line="-8"/>
        <location line="+10"/>
        <source>&lt;p&gt;The bundled data cannot be read: %1</source>
        <translation>&lt;p&gt;Nie można odczytać dołączonych danych: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your atlas: data version %1.</source>
        <translation>Twój atlas: wersja danych %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;p&gt;Twinatlas is free software under the &lt;a href=&quot;https://www.gnu.org/licenses/gpl-3.0.html&quot;&gt;GNU General Public License, version 3 or later&lt;/a&gt;.&lt;/p&gt;&lt;p&gt;Places and their names: &lt;a href=&quot;https://www.geonames.org/&quot;&gt;GeoNames&lt;/a&gt;, licensed under &lt;a href=&quot;https://creativecommons.org/licenses/by/4.0/&quot;&gt;CC BY 4.0&lt;/a&gt;.&lt;br&gt;Land and borders: &lt;a href=&quot;https://www.naturalearthdata.com/&quot;&gt;Natural Earth&lt;/a&gt;, in the public domain.&lt;br&gt;Partnerships: collected by hand from the sources the detail pane lists for each.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Twinatlas jest wolnym oprogramowaniem na licencji &lt;a href=&quot;https://www.gnu.org/licenses/gpl-3.0.html&quot;&gt;GNU General Public License w wersji 3 lub późniejszej&lt;/a&gt;.&lt;/p&gt;&lt;p&gt;Miejscowości i ich nazwy: &lt;a href=&quot;https://www.geonames.org/&quot;&gt;GeoNames&lt;/a&gt;, na licencji &lt;a href=&quot;https://creativecommons.org/licenses/by/4.0/&quot;&gt;CC BY 4.0&lt;/a&gt;.&lt;br&gt;Lądy i granice: &lt;a href=&quot;https://www.naturalearthdata.com/&quot;&gt;Natural Earth&lt;/a&gt;, w domenie publicznej.&lt;br&gt;Partnerstwa: zebrane ręcznie ze źródeł, które panel szczegółów podaje dla każdego z nich.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&lt;p&gt;Built with &lt;a href=&quot;https://www.qt.io/&quot;&gt;Qt&lt;/a&gt; %1, used under the &lt;a href=&quot;https://www.gnu.org/licenses/lgpl-3.0.html&quot;&gt;GNU Lesser General Public License, version 3&lt;/a&gt; (Help ▸ About Qt); &lt;a href=&quot;https://geographiclib.sourceforge.io/&quot;&gt;GeographicLib&lt;/a&gt; (MIT licence) for distances; country names from &lt;a href=&quot;https://salsa.debian.org/iso-codes-team/iso-codes&quot;&gt;iso-codes&lt;/a&gt; (LGPL 2.1 or later).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Zbudowano z użyciem &lt;a href=&quot;https://www.qt.io/&quot;&gt;Qt&lt;/a&gt; %1, wykorzystywanego na licencji &lt;a href=&quot;https://www.gnu.org/licenses/lgpl-3.0.html&quot;&gt;GNU Lesser General Public License w wersji 3&lt;/a&gt; (Pomoc ▸ O Qt); &lt;a href=&quot;https://geographiclib.sourceforge.io/&quot;&gt;GeographicLib&lt;/a&gt; (licencja MIT) do obliczania odległości; nazwy państw z &lt;a href=&quot;https://salsa.debian.org/iso-codes-team/iso-codes&quot;&gt;iso-codes&lt;/a&gt; (LGPL 2.1 lub późniejsza).&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>About Twinatlas</source>
        <translation>O programie Twinatlas</translation>
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
        <translation>Nie można odczytać %1: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+52"/>
        <source>%n non-empty lines</source>
        <translation>
            <numerusform>%n niepusty wiersz</numerusform>
            <numerusform>%n niepuste wiersze</numerusform>
            <numerusform>%n niepustych wierszy</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n NMEA sentences read</source>
        <translation>
            <numerusform>odczytano %n zdanie NMEA</numerusform>
            <numerusform>odczytano %n zdania NMEA</numerusform>
            <numerusform>odczytano %n zdań NMEA</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n valid fixes</source>
        <translation>
            <numerusform>%n poprawny odczyt pozycji</numerusform>
            <numerusform>%n poprawne odczyty pozycji</numerusform>
            <numerusform>%n poprawnych odczytów pozycji</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n lines skipped as garbled or with a wrong checksum</source>
        <translation>
            <numerusform>%n wiersz pominięty jako uszkodzony lub z błędną sumą kontrolną</numerusform>
            <numerusform>%n wiersze pominięte jako uszkodzone lub z błędną sumą kontrolną</numerusform>
            <numerusform>%n wierszy pominiętych jako uszkodzone lub z błędną sumą kontrolną</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PartnershipText</name>
    <message>
        <location filename="../app/models/partnershiptext.cpp" line="+13"/>
        <source>Twin town</source>
        <translation>Miasto bliźniacze</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sister city</source>
        <translation>Miasto siostrzane</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Partner town</source>
        <translation>Miasto partnerskie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Friendship city</source>
        <translation>Miasto zaprzyjaźnione</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cooperation agreement</source>
        <translation>Umowa o współpracy</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Active</source>
        <translation>Aktywne</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+15"/>
        <source>Suspended</source>
        <translation>Zawieszone</translation>
    </message>
    <message>
        <location line="-13"/>
        <location line="+17"/>
        <source>Ended</source>
        <translation>Zakończone</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Proposed</source>
        <translation>Proponowane</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Signed</source>
        <translation>Podpisane</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Renewed</source>
        <translation>Odnowione</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Resumed</source>
        <translation>Wznowione</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delegation</source>
        <translation>Delegacja</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exchange</source>
        <translation>Wymiana</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Anniversary</source>
        <translation>Rocznica</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note</source>
        <translation>Uwaga</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 – %2</source>
        <comment>years of a partnership</comment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>since %1</source>
        <translation>od %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>from %1</source>
        <translation>od %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>until %1</source>
        <translation>do %1</translation>
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
        <translation>%1° E</translation>
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
        <translation>Walcowe równoodległościowe</translation>
    </message>
    <message>
        <location filename="../app/core/geo/orthographicprojection.cpp" line="+29"/>
        <source>Globe (orthographic)</source>
        <translation>Globus (ortograficzne)</translation>
    </message>
    <message>
        <location filename="../app/core/geo/azimuthalequidistantprojection.cpp" line="+30"/>
        <source>Azimuthal equidistant</source>
        <translation>Azymutalne równoodległościowe</translation>
    </message>
</context>
<context>
    <name>SourceLinks</name>
    <message>
        <location filename="../app/ui/sourcelinks.cpp" line="+30"/>
        <source>%1, retrieved %2</source>
        <extracomment>A web source and the day it was read: &quot;Wikidata: Toruń …, retrieved 2 May 2026&quot;.</extracomment>
        <translation>%1, dostęp %2</translation>
    </message>
</context>
<context>
    <name>StartupUpgrade</name>
    <message>
        <location filename="../app/ui/startupupgrade.cpp" line="+24"/>
        <source>Bringing the new atlas data into your atlas…</source>
        <translation>Wprowadzanie nowych danych do twojego atlasu…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Twinatlas</source>
        <translation>Twinatlas</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The atlas data was not updated</source>
        <translation>Dane atlasu nie zostały zaktualizowane</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Atlas data</source>
        <translation>Dane atlasu</translation>
    </message>
</context>
<context>
    <name>twinatlas::AddEventCommand</name>
    <message>
        <location filename="../app/commands/addeventcommand.cpp" line="+11"/>
        <source>Add event to %1</source>
        <translation>Dodaj wydarzenie do %1</translation>
    </message>
</context>
<context>
    <name>twinatlas::AddPartnershipCommand</name>
    <message>
        <location filename="../app/commands/addpartnershipcommand.cpp" line="+11"/>
        <source>Add partnership %1</source>
        <translation>Dodaj partnerstwo %1</translation>
    </message>
</context>
<context>
    <name>twinatlas::AddPlaceCommand</name>
    <message>
        <location filename="../app/commands/addplacecommand.cpp" line="+7"/>
        <source>Add place %1</source>
        <translation>Dodaj miejscowość %1</translation>
    </message>
</context>
<context>
    <name>twinatlas::Application</name>
    <message>
        <location filename="../app/ui/application.cpp" line="+68"/>
        <source>--select: no place is called “%1”.</source>
        <translation>--select: żadna miejscowość nie nazywa się „%1”.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>--partner: %1 has no partner called “%2”.</source>
        <translation>--partner: %1 nie ma partnera o nazwie „%2”.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Open this atlas file instead of your own copy.</source>
        <translation>Otwórz ten plik atlasu zamiast własnej kopii.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>FILE</source>
        <extracomment>The value of --database in --help: a file name.</extracomment>
        <translation>PLIK</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start with this place selected (for screenshots).</source>
        <translation>Uruchom z zaznaczoną tą miejscowością (do zrzutów ekranu).</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+3"/>
        <source>NAME</source>
        <extracomment>The value of --select and --partner in --help: a place name.</extracomment>
        <translation>NAZWA</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>With --select, also show the history of the partnership with this partner.</source>
        <translation>Z --select pokaż też historię partnerstwa z tym partnerem.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A desktop atlas of sister cities and twin towns.
Without options, opens your own copy of the atlas.
Commands (each with --help):</source>
        <translation>Komputerowy atlas miast partnerskich i bliźniaczych.
Bez opcji otwiera twoją własną kopię atlasu.
Polecenia (każde z --help):</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>unknown option “%1”.</source>
        <translation>nieznana opcja „%1”.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unexpected argument “%1”.</source>
        <translation>nieoczekiwany argument „%1”.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The commands are:</source>
        <translation>Dostępne polecenia:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>twinatlas --help lists the options of the atlas window.</source>
        <translation>twinatlas --help wymienia opcje okna atlasu.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>%1 was not opened.</source>
        <translation>Nie otwarto %1.</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Cannot set up your atlas</source>
        <translation>Nie można przygotować twojego atlasu</translation>
    </message>
</context>
<context>
    <name>twinatlas::AtlasBackup</name>
    <message>
        <location filename="../app/core/db/atlasbackup.cpp" line="+44"/>
        <source>Cannot create the folder %1.</source>
        <translation>Nie można utworzyć folderu %1.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>it cannot be moved into place</source>
        <translation>nie można go przenieść na miejsce</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the atlas to be copied is corrupt: %1</source>
        <translation>atlas do skopiowania jest uszkodzony: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot write the copy %1: %2</source>
        <translation>Nie można zapisać kopii %1: %2</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>No atlas is open.</source>
        <translation>Żaden atlas nie jest otwarty.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A backup cannot replace the atlas itself.</source>
        <translation>Kopia zapasowa nie może zastąpić samego atlasu.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cannot read %1: %2</source>
        <translation>Nie można odczytać %1: %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The atlas is not open for changes, so it cannot be restored.</source>
        <translation>Atlas nie jest otwarty do zmian, więc nie można go przywrócić.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+7"/>
        <location line="+5"/>
        <source>%1 cannot be restored: %2</source>
        <translation>Nie można przywrócić %1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The atlas as it is could not be kept before the restore, so nothing was changed: %1</source>
        <translation>Przed przywróceniem nie udało się zachować atlasu w obecnym stanie, więc nic nie zmieniono: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The restore failed, and the atlas is as it was: %1</source>
        <translation>Przywracanie nie powiodło się; atlas jest taki jak wcześniej: %1</translation>
    </message>
</context>
<context>
    <name>twinatlas::AtlasCheck</name>
    <message>
        <location filename="../app/core/db/atlascheck.cpp" line="+52"/>
        <location line="+51"/>
        <location line="+12"/>
        <source>SQLite stopped checking: %1</source>
        <translation>SQLite przerwał sprawdzanie: %1</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>table %1: %2</source>
        <translation>tabela %1: %2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>table %1: row %2 refers to a row of %3 that is not there</source>
        <translation>tabela %1: wiersz %2 odwołuje się do nieistniejącego wiersza tabeli %3</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>table meta: the atlas does not say which data it holds (data_version)</source>
        <translation>tabela meta: atlas nie podaje, jakie dane zawiera (data_version)</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>table search_keys: %n place(s) cannot be found by name</source>
        <translation>
            <numerusform>tabela search_keys: %n miejscowości nie można znaleźć po nazwie</numerusform>
            <numerusform>tabela search_keys: %n miejscowości nie można znaleźć po nazwie</numerusform>
            <numerusform>tabela search_keys: %n miejscowości nie można znaleźć po nazwie</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>table checklist: %n postcard(s) of places that are not there</source>
        <translation>
            <numerusform>tabela checklist: %n pocztówka nieistniejących miejscowości</numerusform>
            <numerusform>tabela checklist: %n pocztówki nieistniejących miejscowości</numerusform>
            <numerusform>tabela checklist: %n pocztówek nieistniejących miejscowości</numerusform>
        </translation>
    </message>
    <message>
        <location line="+33"/>
        <source>the atlas&apos;s own rules</source>
        <translation>własne reguły atlasu</translation>
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
        <translation>Brak pliku atlasu %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The atlas file %1 cannot be read: %2</source>
        <translation>Nie można odczytać pliku atlasu %1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it is a folder</source>
        <translation>to jest folder</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is not an atlas: it is not an SQLite database.</source>
        <translation>%1 nie jest atlasem: to nie jest baza danych SQLite.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is not an atlas: it is an SQLite database of another program.</source>
        <translation>%1 nie jest atlasem: to baza danych SQLite innego programu.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The atlas file %1 was made by a newer Twinatlas (schema %2; this program understands up to %3). Update Twinatlas to open it.</source>
        <translation>Plik atlasu %1 został utworzony przez nowszy Twinatlas (schemat %2; ten program obsługuje schematy do %3). Zaktualizuj Twinatlas, aby go otworzyć.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>%1 is not an atlas: its tables are missing (%2).</source>
        <translation>%1 nie jest atlasem: brakuje tabel (%2).</translation>
    </message>
    <message>
        <location line="-173"/>
        <location line="+5"/>
        <source>the disk that holds it is read-only</source>
        <translation>dysk, na którym się znajduje, jest tylko do odczytu</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>the file is read-only (%1)</source>
        <translation>plik jest tylko do odczytu (%1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>its folder %1 is read-only (%2), and SQLite writes its journal there</source>
        <translation>jego folder %1 jest tylko do odczytu (%2), a SQLite zapisuje tam swój dziennik</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the disk that holds it is full</source>
        <translation>dysk, na którym się znajduje, jest pełny</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>The atlas file %1 is damaged: its size does not match its page size (it may have been cut short).</source>
        <translation>Plik atlasu %1 jest uszkodzony: jego rozmiar nie pasuje do rozmiaru strony (mógł zostać obcięty).</translation>
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
        <translation>Nie można zmienić pliku atlasu %1: %2.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>The atlas file %1 cannot be read: its latest changes are in %2, which SQLite reads only where it may write beside the atlas, and %3.</source>
        <translation>Nie można odczytać pliku atlasu %1: jego ostatnie zmiany są w %2, który SQLite czyta tylko tam, gdzie może pisać obok atlasu, a %3.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The atlas file %1 is of an older schema (%2) and was opened read-only, so it cannot be upgraded.</source>
        <translation>Plik atlasu %1 ma starszy schemat (%2) i został otwarty tylko do odczytu, więc nie można go uaktualnić.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The atlas file %1 could not be upgraded: %2</source>
        <translation>Nie udało się uaktualnić pliku atlasu %1: %2</translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+14"/>
        <source>The atlas is open read-only, so edits are off: %1.</source>
        <translation>Atlas jest otwarty tylko do odczytu, więc zmiany są wyłączone: %1.</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Another Twinatlas (process %1 on %2) is using this atlas, so it is open read-only here: you can look, but not change anything until the other window is closed.</source>
        <translation>Inny Twinatlas (proces %1, komputer: %2) używa tego atlasu, więc jest on tu otwarty tylko do odczytu: możesz go przeglądać, ale niczego nie zmienisz, dopóki drugie okno nie zostanie zamknięte.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>this computer</source>
        <translation>ten komputer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The atlas is open read-only: its lock file %1 cannot be written.</source>
        <translation>Atlas jest otwarty tylko do odczytu: nie można zapisać jego pliku blokady %1.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cannot create the atlas %1: the file exists.</source>
        <translation>Nie można utworzyć atlasu %1: plik już istnieje.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot create the atlas %1: %2</source>
        <translation>Nie można utworzyć atlasu %1: %2</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The atlas file %1 is damaged: %2</source>
        <translation>Plik atlasu %1 jest uszkodzony: %2</translation>
    </message>
</context>
<context>
    <name>twinatlas::AtlasEditing</name>
    <message>
        <location filename="../app/ui/atlasediting.cpp" line="+53"/>
        <source>Editing</source>
        <translation>Edycja</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The atlas as opened</source>
        <translation>Atlas w stanie z chwili otwarcia</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Add partnership…</source>
        <translation>Dodaj partnerstwo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correct…</source>
        <translation>Popraw…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add event…</source>
        <translation>Dodaj wydarzenie…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit…</source>
        <translation>Edytuj…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot undo or redo</source>
        <translation>Nie można cofnąć ani ponowić</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Postcards</source>
        <translation>Pocztówki</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo history</source>
        <translation>Historia cofania</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>P&amp;ostcards</source>
        <translation>&amp;Pocztówki</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Undo history</source>
        <translation>Historia co&amp;fania</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Read-only</source>
        <translation>Tylko do odczytu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This atlas can be read but not changed now.</source>
        <translation>Ten atlas można teraz czytać, ale nie można go zmieniać.</translation>
    </message>
</context>
<context>
    <name>twinatlas::AtlasEdits</name>
    <message>
        <location filename="../app/commands/atlasedits.cpp" line="+147"/>
        <source>&amp;Undo</source>
        <translation>&amp;Cofnij</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Redo</source>
        <translation>&amp;Ponów</translation>
    </message>
</context>
<context>
    <name>twinatlas::AtlasHealth</name>
    <message>
        <location filename="../app/ui/atlashealth.cpp" line="+83"/>
        <source>The atlas file %1 is damaged: SQLite&apos;s check found %2</source>
        <translation>Plik atlasu %1 jest uszkodzony: sprawdzenie SQLite wykazało %2</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The atlas is damaged</source>
        <translation>Atlas jest uszkodzony</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The atlas could not be read</source>
        <translation>Nie udało się odczytać atlasu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your atlas is damaged: what the window shows may be incomplete, and edits are off so that nothing is written onto the damaged pages.</source>
        <translation>Twój atlas jest uszkodzony: to, co pokazuje okno, może być niepełne, a zmiany są wyłączone, aby nic nie zostało zapisane na uszkodzonych stronach.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A part of the atlas could not be read: what the window shows may be incomplete.</source>
        <translation>Nie udało się odczytać części atlasu: to, co pokazuje okno, może być niepełne.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose a &amp;way out…</source>
        <translation>&amp;Wybierz wyjście…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close the window and restore a backup, start again from the bundled atlas or open another file</source>
        <translation>Zamknij okno i przywróć kopię zapasową, zacznij od nowa od dołączonego atlasu lub otwórz inny plik</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Keep looking</source>
        <translation>&amp;Przeglądaj dalej</translation>
    </message>
</context>
<context>
    <name>twinatlas::AtlasLocation</name>
    <message>
        <location filename="../app/core/db/atlaslocation.cpp" line="+63"/>
        <source>The bundled atlas %1 is missing; reinstall Twinatlas.</source>
        <translation>Brak dołączonego atlasu %1; zainstaluj ponownie Twinatlas.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot create the folder %1 for your atlas.</source>
        <translation>Nie można utworzyć folderu %1 na twój atlas.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot copy the bundled atlas to %1: %2</source>
        <translation>Nie można skopiować dołączonego atlasu do %1: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot move your new atlas into place at %1.</source>
        <translation>Nie można przenieść nowego atlasu na miejsce w %1.</translation>
    </message>
</context>
<context>
    <name>twinatlas::AtlasMerge</name>
    <message>
        <location filename="../app/core/db/atlasmerge.cpp" line="+45"/>
        <source>the atlas %1 (in: %2)</source>
        <translation>atlas %1 (w: %2)</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>The search index could not be read.</source>
        <translation>Nie udało się odczytać indeksu wyszukiwania.</translation>
    </message>
    <message>
        <location line="+383"/>
        <source>The partnership %1 is kept: your events belong to it.</source>
        <translation>Zachowano partnerstwo %1: należą do niego twoje wydarzenia.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1 (%2) is kept: your partnerships or checklist use it.</source>
        <translation>Zachowano %1 (%2): korzystają z tego twoje partnerstwa lub lista pocztówek.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The source “%1” is kept: your entries cite it.</source>
        <translation>Zachowano źródło „%1”: powołują się na nie twoje wpisy.</translation>
    </message>
</context>
<context>
    <name>twinatlas::AtlasRescue</name>
    <message>
        <location filename="../app/core/db/atlasrescue.cpp" line="+37"/>
        <source>The new atlas cannot be moved into place at %1.</source>
        <translation>Nie można przenieść nowego atlasu na miejsce %1.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>%1 cannot be set aside as %2; nothing was changed.</source>
        <translation>Nie można odłożyć %1 jako %2; nic nie zmieniono.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The backup %1 cannot be restored: %2</source>
        <translation>Nie można przywrócić kopii zapasowej %1: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The bundled atlas %1 cannot be copied to %2: %3</source>
        <translation>Nie można skopiować dołączonego atlasu %1 do %2: %3</translation>
    </message>
</context>
<context>
    <name>twinatlas::AtlasRescueDialog</name>
    <message>
        <location filename="../app/ui/atlasrescuedialog.cpp" line="+38"/>
        <source>Open an atlas</source>
        <translation>Otwórz atlas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Atlas files (*.sqlite);;All files (*)</source>
        <translation>Pliki atlasu (*.sqlite);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot open the atlas</source>
        <translation>Nie można otworzyć atlasu</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Your atlas cannot be opened.</source>
        <translation>Nie można otworzyć twojego atlasu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The atlas cannot be opened.</source>
        <translation>Nie można otworzyć atlasu.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Nothing has been changed or deleted. How do you want to go on?</source>
        <translation>Nic nie zostało zmienione ani usunięte. Jak chcesz kontynuować?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Restore a backup</source>
        <translation>Przywróć kopię zapasową</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Restore this backup</source>
        <translation>&amp;Przywróć tę kopię</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There are no backups of this atlas.</source>
        <translation>Nie ma kopii zapasowych tego atlasu.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Start again from the bundled atlas</source>
        <translation>&amp;Zacznij od nowa od dołączonego atlasu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start again</source>
        <translation>Zacznij od nowa</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A new copy of the atlas that came with Twinatlas. The file that failed is kept beside it as %1.broken-DATE, with your changes in it.</source>
        <translation>Nowa kopia atlasu dołączonego do Twinatlas. Plik, którego nie udało się otworzyć, zostaje obok jako %1.broken-DATA, z twoimi zmianami.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Open another file…</source>
        <translation>&amp;Otwórz inny plik…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;Zakończ</translation>
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
        <translation>zapisana przez ciebie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>kept before a restore</source>
        <translation>zachowana przed przywróceniem</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>kept before the update to the data of %1</source>
        <translation>zachowana przed aktualizacją do danych %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>kept before its format was upgraded</source>
        <translation>zachowana przed aktualizacją formatu</translation>
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
        <translation>Tylko do odczytu</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Damaged: read-only</source>
        <translation>Uszkodzony: tylko do odczytu</translation>
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
            <numerusform>Miejscowości: %Ln</numerusform>
            <numerusform>Miejscowości: %Ln</numerusform>
            <numerusform>Miejscowości: %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Partnerships: %Ln</source>
        <comment>shown on the map</comment>
        <translation>
            <numerusform>Partnerstwa: %Ln</numerusform>
            <numerusform>Partnerstwa: %Ln</numerusform>
            <numerusform>Partnerstwa: %Ln</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>twinatlas::AtlasUpgrader</name>
    <message>
        <location filename="../app/core/db/atlasupgrader.cpp" line="+109"/>
        <source>The atlas was not updated to the new data: %1</source>
        <translation>Atlas nie został zaktualizowany do nowych danych: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cannot read the new data %1: it %2.</source>
        <translation>Nie można odczytać nowych danych %1: plik %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+8"/>
        <source>the atlas %1</source>
        <translation>atlas %1</translation>
    </message>
</context>
<context>
    <name>twinatlas::AtlasWriter</name>
    <message>
        <location filename="../app/core/edit/atlaswriter.cpp" line="+35"/>
        <source>No atlas is open.</source>
        <translation>Żaden atlas nie jest otwarty.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The atlas is open read-only; it cannot be changed.</source>
        <translation>Atlas jest otwarty tylko do odczytu; nie można go zmienić.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The atlas cannot be changed now: it %1.</source>
        <translation>Nie można teraz zmienić atlasu: %1.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The change could not be saved: the atlas %1.</source>
        <translation>Nie udało się zapisać zmiany: atlas %1.</translation>
    </message>
</context>
<context>
    <name>twinatlas::Attribution</name>
    <message numerus="yes">
        <location filename="../app/core/export/attribution.cpp" line="+111"/>
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 i jeszcze %n</numerusform>
            <numerusform>%1 i jeszcze %n</numerusform>
            <numerusform>%1 i jeszcze %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Twinatlas bundled data</source>
        <translation>Dane dołączone do Twinatlas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Map data: Natural Earth. Places: GeoNames (CC BY 4.0). Partnerships: %1.</source>
        <translation>Dane mapy: Natural Earth. Miejscowości: GeoNames (CC BY 4.0). Partnerstwa: %1.</translation>
    </message>
</context>
<context>
    <name>twinatlas::BackupActions</name>
    <message>
        <location filename="../app/ui/backupactions.cpp" line="+23"/>
        <source>Restore</source>
        <translation>Przywróć</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Back up atlas…</source>
        <translation>Utwórz &amp;kopię zapasową atlasu…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Przywróć z kopii zapasowej…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save a copy of the atlas with all your changes</source>
        <translation>Zapisz kopię atlasu ze wszystkimi twoimi zmianami</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replace the atlas with a copy saved earlier</source>
        <translation>Zastąp atlas kopią zapisaną wcześniej</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Back up atlas</source>
        <translation>Kopia zapasowa atlasu</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+11"/>
        <source>Atlas files (*.sqlite)</source>
        <translation>Pliki atlasu (*.sqlite)</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Cannot back up the atlas</source>
        <translation>Nie można utworzyć kopii zapasowej atlasu</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+10"/>
        <source>Restore from backup</source>
        <translation>Przywróć z kopii zapasowej</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Replace the atlas with the backup “%1” of %2? Everything changed since then is replaced, and the undo history is cleared. A copy of the atlas as it is now is kept first.</source>
        <translation>Zastąpić atlas kopią zapasową „%1” z %2? Wszystko, co zmieniono od tamtej pory, zostanie zastąpione, a historia cofania wyczyszczona. Najpierw zostanie zachowana kopia atlasu w obecnym stanie.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot restore the atlas</source>
        <translation>Nie można przywrócić atlasu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Atlas restored</source>
        <translation>Przywrócono atlas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The atlas is as it was in the backup. The atlas as it was before is kept in %1.</source>
        <translation>Atlas jest taki jak w kopii zapasowej. Atlas w poprzednim stanie zachowano w %1.</translation>
    </message>
</context>
<context>
    <name>twinatlas::BaseMap</name>
    <message>
        <location filename="../app/core/render/basemap.cpp" line="+71"/>
        <source>The base map %1 does not exist.</source>
        <translation>Mapa bazowa %1 nie istnieje.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+50"/>
        <source>Cannot open the base map %1: %2</source>
        <translation>Nie można otworzyć mapy bazowej %1: %2</translation>
    </message>
    <message>
        <location line="-42"/>
        <location line="+53"/>
        <location line="+14"/>
        <source>The base map %1 cannot be read: it %2.</source>
        <translation>Nie można odczytać mapy podkładowej %1: plik %2.</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>%1 is not a Twinatlas base map: %2</source>
        <translation>%1 nie jest mapą bazową Twinatlas: %2</translation>
    </message>
</context>
<context>
    <name>twinatlas::CheckCommand</name>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="+31"/>
        <source>Checks the atlas without changing it: every page and index (SQLite&apos;s integrity_check), the references between rows (foreign_key_check) and the atlas&apos;s own rules. Prints each problem; exits 0 when there is none, 2 when the atlas is damaged or cannot be read.</source>
        <translation>Sprawdza atlas bez zmieniania go: każdą stronę i indeks (integrity_check SQLite), odwołania między wierszami (foreign_key_check) i własne reguły atlasu. Wypisuje każdy problem; kończy z kodem 0, gdy nie ma żadnego, 2, gdy atlas jest uszkodzony lub nie da się go odczytać.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The atlas file to check.</source>
        <translation>Plik atlasu do sprawdzenia.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FILE</source>
        <translation>PLIK</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>unexpected argument “%1”.</source>
        <translation>nieoczekiwany argument „%1”.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: no problems found (%2).</source>
        <translation>%1: nie znaleziono problemów (%2).</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>The atlas file %1 is damaged: %n problem(s), listed above.</source>
        <translation>
            <numerusform>Plik atlasu %1 jest uszkodzony: %n problem, wymieniony powyżej.</numerusform>
            <numerusform>Plik atlasu %1 jest uszkodzony: %n problemy, wymienione powyżej.</numerusform>
            <numerusform>Plik atlasu %1 jest uszkodzony: %n problemów, wymienionych powyżej.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>twinatlas::ChecklistCsvWriter</name>
    <message>
        <location filename="../app/core/edit/checklistcsvwriter.cpp" line="+27"/>
        <source>Received</source>
        <translation>Otrzymana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wanted</source>
        <translation>Poszukiwana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not yet</source>
        <translation>Jeszcze nie</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Place</source>
        <translation>Miejscowość</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Country</source>
        <translation>Państwo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Card</source>
        <translation>Pocztówka</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received on</source>
        <translation>Data otrzymania</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>Uwaga</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Partner id</source>
        <translation>Identyfikator partnera</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Cannot write %1: %2</source>
        <translation>Nie można zapisać %1: %2</translation>
    </message>
</context>
<context>
    <name>twinatlas::ChecklistEntryCommand</name>
    <message>
        <location filename="../app/commands/checklistentrycommand.cpp" line="+24"/>
        <source>Card from %1 received</source>
        <translation>Pocztówka (%1): otrzymana</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Card from %1 wanted</source>
        <translation>Pocztówka (%1): poszukiwana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Card from %1 not yet collected</source>
        <translation>Pocztówka (%1): jeszcze niezebrana</translation>
    </message>
</context>
<context>
    <name>twinatlas::ChecklistModel</name>
    <message>
        <location filename="../app/models/checklistmodel.cpp" line="+39"/>
        <source>Received</source>
        <translation>Otrzymana</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wanted</source>
        <translation>Poszukiwana</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not yet</source>
        <translation>Jeszcze nie</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Country</source>
        <translation>Państwo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Card</source>
        <extracomment>Column of the postcard checklist: whether the postcard from this partner came.</extracomment>
        <translation>Pocztówka</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Received on</source>
        <translation>Data otrzymania</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note</source>
        <translation>Uwaga</translation>
    </message>
</context>
<context>
    <name>twinatlas::ChecklistPane</name>
    <message>
        <location filename="../app/ui/checklistpane.cpp" line="+61"/>
        <source>&amp;Received</source>
        <translation>&amp;Otrzymana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Wanted</source>
        <translation>&amp;Poszukiwana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Not yet</source>
        <translation>&amp;Jeszcze nie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export as CSV…</source>
        <translation>&amp;Eksportuj jako CSV…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a place to keep a checklist of postcards from its partner towns.</source>
        <translation>Wybierz miejscowość, aby prowadzić listę pocztówek z jej miast partnerskich.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The sender, what the card shows</source>
        <translation>Nadawca, co przedstawia pocztówka</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The card from this partner has come, on the date given</source>
        <translation>Pocztówka od tego partnera dotarła w podanym dniu</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Received &amp;on:</source>
        <translation>D&amp;ata otrzymania:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;ote:</source>
        <translation>&amp;Uwaga:</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>%1 has no partners to collect cards from yet.</source>
        <translation>%1 nie ma jeszcze partnerów, od których można zbierać pocztówki.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postcards from the partners of %1</source>
        <translation>Pocztówki od partnerów: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 of %n twins</source>
        <comment>cards received, of all partners</comment>
        <translation>
            <numerusform>%1 z %n miasta partnerskiego</numerusform>
            <numerusform>%1 z %n miast partnerskich</numerusform>
            <numerusform>%1 z %n miast partnerskich</numerusform>
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
            <numerusform>%n poszukiwana</numerusform>
            <numerusform>%n poszukiwane</numerusform>
            <numerusform>%n poszukiwanych</numerusform>
        </translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Cannot change the checklist</source>
        <translation>Nie można zmienić listy</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Postcards of %1.csv</source>
        <translation>Pocztówki – %1.csv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the checklist</source>
        <translation>Eksportuj listę</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv)</source>
        <translation>Pliki CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot export the checklist</source>
        <translation>Nie można wyeksportować listy</translation>
    </message>
</context>
<context>
    <name>twinatlas::CityListPane</name>
    <message>
        <location filename="../app/ui/citylistpane.cpp" line="+74"/>
        <source>Find a place</source>
        <translation>Znajdź miejscowość</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Search all places (Ctrl+F)</source>
        <translation>Szukaj we wszystkich miejscowościach (Ctrl+F)</translation>
    </message>
    <message numerus="yes">
        <location line="+148"/>
        <source>Places with partners: %Ln</source>
        <translation>
            <numerusform>Miejscowości z partnerami: %Ln</numerusform>
            <numerusform>Miejscowości z partnerami: %Ln</numerusform>
            <numerusform>Miejscowości z partnerami: %Ln</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No place is called “%1”.</source>
        <translation>Żadna miejscowość nie nazywa się „%1”.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The first %n matches; type more to narrow them down.</source>
        <translation>
            <numerusform>Pierwsze dopasowanie (%n); wpisz więcej, aby zawęzić.</numerusform>
            <numerusform>Pierwsze %n dopasowania; wpisz więcej, aby je zawęzić.</numerusform>
            <numerusform>Pierwszych %n dopasowań; wpisz więcej, aby je zawęzić.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Matches: %n</source>
        <translation>
            <numerusform>Dopasowania: %n</numerusform>
            <numerusform>Dopasowania: %n</numerusform>
            <numerusform>Dopasowania: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>twinatlas::ColumnMapping</name>
    <message>
        <location filename="../app/core/io/columnmapping.cpp" line="+236"/>
        <source>No column holds the place: map one column to “place”.</source>
        <translation>Żadna kolumna nie zawiera miejscowości: przypisz jedną kolumnę do „place”.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No column holds the partner: map one column to “partner”, or to “partners” when one cell lists all the twins of the place.</source>
        <translation>Żadna kolumna nie zawiera partnera: przypisz jedną kolumnę do „partner” albo do „partners”, jeśli jedna komórka wymienia wszystkie miasta partnerskie danej miejscowości.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A latitude column needs its longitude column, and the other way round.</source>
        <translation>Kolumna szerokości geograficznej wymaga kolumny długości geograficznej i odwrotnie.</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>unknown field “%1” in the column mapping; fields are: %2</source>
        <translation>nieznane pole „%1” w przypisaniu kolumn; dostępne pola: %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>no column “%1” for %2; the columns are: %3</source>
        <translation>brak kolumny „%1” dla %2; kolumny to: %3</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>(ignore)</source>
        <translation>(pomiń)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place</source>
        <translation>Miejscowość</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place: country</source>
        <translation>Miejscowość: państwo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place: region</source>
        <translation>Miejscowość: region</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place: latitude</source>
        <translation>Miejscowość: szerokość geograficzna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place: longitude</source>
        <translation>Miejscowość: długość geograficzna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place: coordinates</source>
        <translation>Miejscowość: współrzędne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place: GeoNames id</source>
        <translation>Miejscowość: identyfikator GeoNames</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partner: country</source>
        <translation>Partner: państwo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partner: region</source>
        <translation>Partner: region</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partner: latitude</source>
        <translation>Partner: szerokość geograficzna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partner: longitude</source>
        <translation>Partner: długość geograficzna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partner: coordinates</source>
        <translation>Partner: współrzędne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partner: GeoNames id</source>
        <translation>Partner: identyfikator GeoNames</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partners (a list in one cell)</source>
        <translation>Partnerzy (lista w jednej komórce)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start</source>
        <translation>Początek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End</source>
        <translation>Koniec</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Uwaga</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Źródło</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source URL</source>
        <translation>Adres URL źródła</translation>
    </message>
</context>
<context>
    <name>twinatlas::CommandLine</name>
    <message>
        <location filename="../app/cli/commandline.cpp" line="+36"/>
        <source>a place&apos;s partnerships, or the atlas&apos;s figures</source>
        <translation>partnerstwa miejscowości albo liczby atlasu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the place nearest to a position or a GPS log</source>
        <translation>miejscowość najbliższa pozycji lub zapisowi GPS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a map as PNG, SVG or PDF</source>
        <translation>mapa jako PNG, SVG lub PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the partnerships as CSV, GeoJSON or KML</source>
        <translation>partnerstwa jako CSV, GeoJSON lub KML</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>partnerships from a list into the atlas</source>
        <translation>partnerstwa z listy do atlasu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the atlas file checked for damage, page by page</source>
        <translation>plik atlasu sprawdzony strona po stronie pod kątem uszkodzeń</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>partnerships from Wikidata, and what changed there</source>
        <translation>partnerstwa z Wikidanych i co się tam zmieniło</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a team atlas on a PostgreSQL server set up, and its members</source>
        <translation>atlas zespołu na serwerze PostgreSQL: założenie i członkowie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this atlas and a team atlas brought level</source>
        <translation>ten atlas i atlas zespołu wyrównane</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>twinatlas: unknown command “%1”. The commands are:</source>
        <translation>twinatlas: nieznane polecenie „%1”. Dostępne polecenia:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Each command says more with --help; twinatlas without a command opens the atlas window.</source>
        <translation>Każde polecenie mówi więcej z --help; twinatlas bez polecenia otwiera okno atlasu.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>the atlas is read-only.</source>
        <translation>atlas jest tylko do odczytu.</translation>
    </message>
</context>
<context>
    <name>twinatlas::DateField</name>
    <message>
        <location filename="../app/ui/datefield.cpp" line="+17"/>
        <source>YYYY, YYYY-MM or YYYY-MM-DD</source>
        <translation>RRRR, RRRR-MM lub RRRR-MM-DD</translation>
    </message>
</context>
<context>
    <name>twinatlas::DetailPane</name>
    <message>
        <location filename="../app/ui/detailpane.cpp" line="+125"/>
        <source>Partners</source>
        <translation>Partnerzy</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Choose a partner to see the history of the partnership.</source>
        <translation>Wybierz partnera, aby zobaczyć historię partnerstwa.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Sources</source>
        <translation>Źródła</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>This place is not in the atlas.</source>
        <translation>Tej miejscowości nie ma w atlasie.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Also called %1</source>
        <comment>the place&apos;s other name: Galway is also called Gaillimh</comment>
        <translation>Inna nazwa: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Also written %1</source>
        <translation>Inne zapisy: %1</translation>
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
        <translation>Ludność %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Population unknown</source>
        <translation>Ludność nieznana</translation>
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
        <translation>Brak partnerów w atlasie</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Partners (%n)</source>
        <translation>
            <numerusform>Partnerzy (%n)</numerusform>
            <numerusform>Partnerzy (%n)</numerusform>
            <numerusform>Partnerzy (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+11"/>
        <source>History</source>
        <translation>Historia</translation>
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
        <translation>Wikidata nie wymienia już tego partnerstwa miast (zauważono %1). Jeśli się zakończyło, edytuj je lub usuń.</translation>
    </message>
</context>
<context>
    <name>twinatlas::DetailStartPage</name>
    <message>
        <location filename="../app/ui/detailstartpage.cpp" line="+34"/>
        <source>Type a town’s name in the Places list, in any spelling or language.</source>
        <translation>Wpisz nazwę miasta na liście „Miejscowości”, w dowolnej pisowni lub języku.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find a town</source>
        <translation>Znajdź miasto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The atlas comes with a few towns’ partnerships. Wikidata knows those of thousands more, all over the world.</source>
        <translation>Atlas zawiera partnerstwa kilku miast. Wikidata zna partnerstwa tysięcy innych na całym świecie.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Get partnerships from Wikidata…</source>
        <translation>Pobierz partnerstwa z Wikidata…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>See a town’s partners</source>
        <translation>Zobacz partnerów miasta</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Or click a dot on the map: each dot is a town with partners, each line a partnership. Hover over one to see its name.</source>
        <translation>Albo kliknij punkt na mapie: każdy punkt to miasto z partnerami, każda linia to partnerstwo. Najedź na niego, aby zobaczyć nazwę.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Its partners and the history of each partnership appear here.</source>
        <translation>Tu pojawią się partnerzy i historia każdego partnerstwa.</translation>
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
        <translation>&amp;Dodaj partnerstwo…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add partnership</source>
        <translation>Dodaj partnerstwo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a partnership between two places (Ctrl+Shift+N)</source>
        <translation>Dodaj partnerstwo między dwiema miejscowościami (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit partnership…</source>
        <translation>&amp;Edytuj partnerstwo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;nd partnership…</source>
        <translation>&amp;Zakończ partnerstwo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Suspend partnership…</source>
        <translation>Za&amp;wieś partnerstwo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Res&amp;ume partnership…</source>
        <translation>Wz&amp;nów partnerstwo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rene&amp;w partnership…</source>
        <translation>&amp;Odnów partnerstwo…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>End, suspend, resume or renew the partnership; the event is added to its history</source>
        <translation>Zakończ, zawieś, wznów lub odnów partnerstwo; wydarzenie zostanie dodane do jego historii</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Remove partnership</source>
        <translation>&amp;Usuń partnerstwo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add e&amp;vent…</source>
        <translation>Dodaj wyda&amp;rzenie…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a signing, a delegation, an exchange or another event to the history of the partnership</source>
        <translation>Dodaj podpisanie umowy, delegację, wymianę lub inne wydarzenie do historii partnerstwa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add &amp;place…</source>
        <translation>Dodaj &amp;miejscowość…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a place the gazetteer lacks, such as a district or a village</source>
        <translation>Dodaj miejscowość, której brakuje w skorowidzu nazw, np. dzielnicę lub wieś</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add place</source>
        <translation>Dodaj miejscowość</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correct place…</source>
        <translation>Popraw miejscowość…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correct the place&apos;s name, country or position</source>
        <translation>Popraw nazwę, państwo lub położenie miejscowości</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove place</source>
        <translation>Usuń miejscowość</translation>
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
        <translation>Nie można usunąć partnerstwa</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Cannot remove the event</source>
        <translation>Nie można usunąć wydarzenia</translation>
    </message>
    <message numerus="yes">
        <location line="+90"/>
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 i jeszcze %n</numerusform>
            <numerusform>%1 i jeszcze %n</numerusform>
            <numerusform>%1 i jeszcze %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Removing %1 also removes its partnerships with %2, and their history. Remove the place and these partnerships?</source>
        <translation>Usunięcie miejscowości %1 usuwa też jej partnerstwa z: %2 oraz ich historię. Usunąć miejscowość i te partnerstwa?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove %1</source>
        <translation>Usuń %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot remove the place</source>
        <translation>Nie można usunąć miejscowości</translation>
    </message>
</context>
<context>
    <name>twinatlas::EditEventCommand</name>
    <message>
        <location filename="../app/commands/editeventcommand.cpp" line="+11"/>
        <source>Edit event of %1</source>
        <translation>Edytuj wydarzenie partnerstwa %1</translation>
    </message>
</context>
<context>
    <name>twinatlas::EditPartnershipCommand</name>
    <message>
        <location filename="../app/commands/editpartnershipcommand.cpp" line="+11"/>
        <source>Edit partnership %1</source>
        <translation>Edytuj partnerstwo %1</translation>
    </message>
</context>
<context>
    <name>twinatlas::EditPlaceCommand</name>
    <message>
        <location filename="../app/commands/editplacecommand.cpp" line="+7"/>
        <source>Edit place %1</source>
        <translation>Edytuj miejscowość %1</translation>
    </message>
</context>
<context>
    <name>twinatlas::EditValidator</name>
    <message>
        <location filename="../app/core/edit/editvalidator.cpp" line="+54"/>
        <source>%1: “%2” is not one of %3.</source>
        <translation>%1: „%2” nie jest jedną z wartości: %3.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The atlas could not be read to check this change: the atlas %1.</source>
        <translation>Nie udało się odczytać atlasu, aby sprawdzić tę zmianę: atlas %1.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Identifier</source>
        <translation>Identyfikator</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>GeoNames id</source>
        <translation>Identyfikator GeoNames</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name in Latin letters</source>
        <translation>Nazwa alfabetem łacińskim</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>Państwo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Longitude</source>
        <translation>Długość geograficzna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latitude</source>
        <translation>Szerokość geograficzna</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Population</source>
        <translation>Ludność</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Uwaga</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Źródło</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+16"/>
        <source>Place</source>
        <translation>Miejscowość</translation>
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
        <translation>Data rozpoczęcia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End date</source>
        <translation>Data zakończenia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Partnership</source>
        <translation>Partnerstwo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event</source>
        <translation>Wydarzenie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Description</source>
        <translation>Opis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Tytuł</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Web address</source>
        <translation>Adres internetowy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Card</source>
        <translation>Pocztówka</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Received on</source>
        <translation>Data otrzymania</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: a date is needed (YYYY, YYYY-MM or YYYY-MM-DD).</source>
        <translation>%1: potrzebna jest data (RRRR, RRRR-MM lub RRRR-MM-DD).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: “%2” is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD.</source>
        <translation>%1: „%2” nie jest datą w formacie RRRR, RRRR-MM lub RRRR-MM-DD.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: “%2” has no month %3.</source>
        <translation>%1: „%2” nie ma miesiąca %3.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: “%2” is not a day of the calendar.</source>
        <translation>%1: „%2” nie jest dniem kalendarza.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: %2 is before the start date %3.</source>
        <translation>%1: %2 jest wcześniej niż data rozpoczęcia %3.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: %2 is outside −180 to 180 degrees.</source>
        <translation>%1: %2 wykracza poza zakres od −180 do 180 stopni.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: %2 is outside −90 to 90 degrees.</source>
        <translation>%1: %2 wykracza poza zakres od −90 do 90 stopni.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: “%2” is not an http or https address.</source>
        <translation>%1: „%2” nie jest adresem http ani https.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: give an http or https address, or the name of a document.</source>
        <translation>%1: podaj adres http lub https albo nazwę dokumentu.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1: a place needs a name.</source>
        <translation>%1: miejscowość musi mieć nazwę.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: “%2” is not a two-letter country code such as DE.</source>
        <translation>%1: „%2” nie jest dwuliterowym kodem państwa, takim jak PL.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: cannot be negative.</source>
        <translation>%1: nie może być liczbą ujemną.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: must be a positive number.</source>
        <translation>%1: musi być liczbą dodatnią.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: %2 is already the place %3.</source>
        <translation>%1: %2 to już miejscowość %3.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: “%2” is already used by another place.</source>
        <translation>%1: „%2” jest już używane przez inną miejscowość.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: there is no source %2.</source>
        <translation>%1: nie ma źródła %2.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: an alternate name cannot be empty.</source>
        <translation>%1: nazwa alternatywna nie może być pusta.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+21"/>
        <source>%1: there is no place %2.</source>
        <translation>%1: nie ma miejscowości %2.</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>%1: %2 already has the name “%3”.</source>
        <translation>%1: %2 ma już nazwę „%3”.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1: a place cannot be partnered with itself.</source>
        <translation>%1: miejscowość nie może być partnerem samej siebie.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1: %2 and %3 already have a partnership of the kind “%4”.</source>
        <translation>%1: %2 i %3 mają już partnerstwo rodzaju „%4”.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: there is no partnership %2.</source>
        <translation>%1: nie ma partnerstwa %2.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: a source needs a title.</source>
        <translation>%1: źródło musi mieć tytuł.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: “%2” is already used by another source.</source>
        <translation>%1: „%2” jest już używane przez inne źródło.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: there is no place “%2”.</source>
        <translation>%1: nie ma miejscowości „%2”.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: a place is not its own partner.</source>
        <translation>%1: miejscowość nie jest swoim własnym partnerem.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: only a card that has been received has a date.</source>
        <translation>%1: datę ma tylko pocztówka, która została otrzymana.</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%1 cannot be removed while %n partnership(s) refer to it; remove them first.</source>
        <translation>
            <numerusform>Nie można usunąć %1, dopóki odwołuje się do niego %n partnerstwo; najpierw je usuń.</numerusform>
            <numerusform>Nie można usunąć %1, dopóki odwołują się do niego %n partnerstwa; najpierw je usuń.</numerusform>
            <numerusform>Nie można usunąć %1, dopóki odwołuje się do niego %n partnerstw; najpierw je usuń.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>The source “%1” cannot be removed while %n row(s) cite it.</source>
        <translation>
            <numerusform>Nie można usunąć źródła „%1”, dopóki powołuje się na nie %n wiersz.</numerusform>
            <numerusform>Nie można usunąć źródła „%1”, dopóki powołują się na nie %n wiersze.</numerusform>
            <numerusform>Nie można usunąć źródła „%1”, dopóki powołuje się na nie %n wierszy.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>twinatlas::EventDialog</name>
    <message>
        <location filename="../app/ui/eventdialog.cpp" line="+38"/>
        <source>Add event</source>
        <translation>Dodaj wydarzenie</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>What happened, who took part</source>
        <translation>Co się wydarzyło, kto brał udział</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Type:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Date:</source>
        <translation>&amp;Data:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;escription:</source>
        <translation>&amp;Opis:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sources:</source>
        <translation>Źródła:</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Edit event</source>
        <translation>Edytuj wydarzenie</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>End partnership</source>
        <translation>Zakończ partnerstwo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Suspend partnership</source>
        <translation>Zawieś partnerstwo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resume partnership</source>
        <translation>Wznów partnerstwo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Renew partnership</source>
        <translation>Odnów partnerstwo</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Date: the partnership began in %1; it cannot end before.</source>
        <translation>Data: początek partnerstwa to %1; nie może się ono zakończyć wcześniej.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type: choose one.</source>
        <translation>Typ: wybierz jeden.</translation>
    </message>
</context>
<context>
    <name>twinatlas::ExportChoices</name>
    <message>
        <location filename="../app/ui/exportchoices.cpp" line="+95"/>
        <source>%1 and its partner towns</source>
        <comment>title of an exported map</comment>
        <translation>%1 i miasta partnerskie</translation>
    </message>
</context>
<context>
    <name>twinatlas::ExportCommand</name>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="+74"/>
        <source>Writes a map of the atlas, or of one place&apos;s partnerships, as PNG, SVG or PDF, and prints the path of the file written.</source>
        <translation>Zapisuje mapę atlasu lub partnerstw jednej miejscowości jako PNG, SVG lub PDF i wypisuje ścieżkę zapisanego pliku.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file to write: .png, .svg or .pdf.</source>
        <translation>Plik do zapisania: .png, .svg lub .pdf.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+37"/>
        <source>FILE</source>
        <translation>PLIK</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>The place whose partnerships to show (a name or a uid such as gn:2934246).</source>
        <translation>Miejscowość, której partnerstwa pokazać (nazwa lub uid, np. gn:2934246).</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+29"/>
        <source>NAME</source>
        <translation>NAZWA</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>world, view (the map window&apos;s last view) or fit (the place and its partners). Default: fit with --place, else world.</source>
        <translation>world, view (ostatni widok okna mapy) lub fit (miejscowość i jej partnerzy). Domyślnie: fit z --place, w przeciwnym razie world.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>EXTENT</source>
        <translation>ZASIĘG</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>WIDTHxHEIGHT in pixels, newsletter (1200x800, the default) or social (1200x630).</source>
        <translation>WIDTHxHEIGHT w pikselach, newsletter (1200x800, domyślnie) lub social (1200x630).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SIZE</source>
        <translation>ROZMIAR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a4 or a3, instead of --size.</source>
        <translation>a4 lub a3, zamiast --size.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PAPER</source>
        <translation>PAPIER</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>landscape (default) or portrait, with --paper.</source>
        <translation>landscape (domyślnie) lub portrait, z --paper.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ORIENTATION</source>
        <translation>ORIENTACJA</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resolution, 36 to 1200: 96 for pixel sizes and 300 for paper unless given.</source>
        <translation>Rozdzielczość od 36 do 1200: domyślnie 96 dla rozmiarów w pikselach i 300 dla papieru.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A title above the map.</source>
        <translation>Tytuł nad mapą.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TITLE</source>
        <translation>TYTUŁ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A line under the title.</source>
        <translation>Wiersz pod tytułem.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>TEXT</source>
        <translation>TEKST</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>light (default), dark or print.</source>
        <translation>light (domyślnie), dark lub print.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>THEME</source>
        <translation>MOTYW</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One of: %1.</source>
        <translation>Jedna z wartości: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Leave the background unpainted (PNG, SVG).</source>
        <translation>Pozostaw tło niezamalowane (PNG, SVG).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The atlas file to read.</source>
        <translation>Plik atlasu do odczytania.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>unexpected argument %1; give the place with --place.</source>
        <translation>nieoczekiwany argument %1; podaj miejscowość przez --place.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>give the file to write with --out FILE.png, .svg or .pdf.</source>
        <translation>podaj plik do zapisania przez --out PLIK.png, .svg lub .pdf.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot tell the format of %1: the name must end in .png, .svg or .pdf.</source>
        <translation>nie można rozpoznać formatu %1: nazwa musi kończyć się na .png, .svg lub .pdf.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--dpi must be a whole number from %1 to %2, not %3.</source>
        <translation>--dpi musi być liczbą całkowitą od %1 do %2, a nie %3.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--size and --paper contradict each other; give one of them.</source>
        <translation>--size i --paper wykluczają się; podaj tylko jedno z nich.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--orientation goes with --paper; for pixels give --size WIDTHxHEIGHT.</source>
        <translation>--orientation działa z --paper; dla pikseli podaj --size WIDTHxHEIGHT.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unknown paper %1; use a4 or a3.</source>
        <translation>nieznany papier %1; użyj a4 lub a3.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown orientation %1; use landscape or portrait.</source>
        <translation>nieznana orientacja %1; użyj landscape lub portrait.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>bad --size %1: give WIDTHxHEIGHT in pixels, each from %2 to %3, or newsletter or social.</source>
        <translation>błędny --size %1: podaj WIDTHxHEIGHT w pikselach, każdy wymiar od %2 do %3, albo newsletter lub social.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 is %2 × %3 pixels, more than a PNG can be made of here; lower --dpi.</source>
        <translation>%1 to %2 × %3 pikseli, więcej niż można tu zmieścić w PNG; zmniejsz --dpi.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>unknown theme %1; use %2.</source>
        <translation>nieznany motyw %1; użyj %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unknown projection %1; use one of: %2.</source>
        <translation>nieznane odwzorowanie %1; użyj jednego z: %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--place needs a name.</source>
        <translation>--place wymaga nazwy.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>unknown extent %1; use world, view or fit.</source>
        <translation>nieznany zasięg %1; użyj world, view lub fit.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--extent fit needs --place: fit which place&apos;s partnerships?</source>
        <translation>--extent fit wymaga --place: partnerstwa której miejscowości dopasować?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--projection cannot be combined with --extent view, which keeps the projection of the saved view.</source>
        <translation>--projection nie można łączyć z --extent view, który zachowuje odwzorowanie zapisanego widoku.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--transparent needs a PNG or SVG file; a PDF page is always paper.</source>
        <translation>--transparent wymaga pliku PNG lub SVG; strona PDF jest zawsze papierem.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no map view has been saved yet (open the atlas window once), or it is unreadable in %1; use --extent world or fit.</source>
        <translation>nie zapisano jeszcze żadnego widoku mapy (otwórz raz okno atlasu) lub jest on nieczytelny w %1; użyj --extent world lub fit.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>no place is called %1.</source>
        <translation>żadna miejscowość nie nazywa się %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no place is called %1. Closest matches: %2.</source>
        <translation>żadna miejscowość nie nazywa się %1. Najbliższe dopasowania: %2.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Partnerships of %1, %2</source>
        <translation>Partnerstwa: %1, %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Twin towns and sister cities of the world</source>
        <translation>Miasta partnerskie i bliźniacze świata</translation>
    </message>
</context>
<context>
    <name>twinatlas::ExportDataCommand</name>
    <message>
        <location filename="../app/cli/exportdatacommand.cpp" line="+42"/>
        <source>Writes the partnerships as CSV (which `import` reads back), GeoJSON or KML, and prints the path written.</source>
        <translation>Zapisuje partnerstwa jako CSV (który `import` potrafi wczytać z powrotem), GeoJSON lub KML i wypisuje ścieżkę zapisanego pliku.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>csv, geojson or kml.</source>
        <translation>csv, geojson lub kml.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file to write.</source>
        <translation>Plik do zapisania.</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+5"/>
        <source>FILE</source>
        <translation>PLIK</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Only this place&apos;s partnerships (a name or a uid such as gn:2934246).</source>
        <translation>Tylko partnerstwa tej miejscowości (nazwa lub uid, np. gn:2934246).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NAME</source>
        <translation>NAZWA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The atlas file to read.</source>
        <translation>Plik atlasu do odczytania.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>unexpected argument “%1”.</source>
        <translation>nieoczekiwany argument „%1”.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>give the file to write with --out FILE.</source>
        <translation>podaj plik do zapisania przez --out PLIK.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unknown format “%1”; use csv, geojson or kml.</source>
        <translation>nieznany format „%1”; użyj csv, geojson lub kml.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Twin towns and sister cities</source>
        <translation>Miasta partnerskie i bliźniacze</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>no place is called “%1”.</source>
        <translation>żadna miejscowość nie nazywa się „%1”.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no place is called “%1”. Closest matches: %2.</source>
        <translation>żadna miejscowość nie nazywa się „%1”. Najbliższe dopasowania: %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Partnerships of %1</source>
        <translation>Partnerstwa: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>cannot write %1: %2</source>
        <translation>nie można zapisać %1: %2</translation>
    </message>
</context>
<context>
    <name>twinatlas::ExportDialog</name>
    <message>
        <location filename="../app/ui/exportdialog.cpp" line="+40"/>
        <source>PNG image (*.png)</source>
        <translation>Obraz PNG (*.png)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SVG drawing (*.svg)</source>
        <translation>Rysunek SVG (*.svg)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF document (*.pdf)</source>
        <translation>Dokument PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>&amp;Browse…</source>
        <translation>Prze&amp;glądaj…</translation>
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
        <translation>Prze&amp;zroczyste tło</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+210"/>
        <location line="+45"/>
        <location line="+26"/>
        <source>Export map</source>
        <translation>Eksportuj mapę</translation>
    </message>
    <message>
        <location line="-254"/>
        <source>PNG image</source>
        <translation>Obraz PNG</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SVG drawing</source>
        <translation>Rysunek SVG</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF document</source>
        <translation>Dokument PDF</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The current view</source>
        <translation>Bieżący widok</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The whole world</source>
        <translation>Cały świat</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 and its partners</source>
        <translation>%1 i partnerzy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The selected place and its partners</source>
        <translation>Zaznaczona miejscowość i jej partnerzy</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No title</source>
        <translation>Bez tytułu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No subtitle</source>
        <translation>Bez podtytułu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As on screen (%1)</source>
        <translation>Jak na ekranie (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print: white paper, strong lines</source>
        <translation>Wydruk: biały papier, wyraźne linie</translation>
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
        <translation>&amp;Plik:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>F&amp;ormat:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Size:</source>
        <translation>&amp;Rozmiar:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Area:</source>
        <translation>&amp;Obszar:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;itle:</source>
        <translation>&amp;Tytuł:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;ubtitle:</source>
        <translation>Po&amp;dtytuł:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;heme:</source>
        <translation>&amp;Motyw:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Export</source>
        <translation>&amp;Eksportuj</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>%1 × %2 pixels is more than a PNG can be made of here: choose a smaller size or a lower resolution.</source>
        <translation>%1 × %2 pikseli to więcej, niż można tu zmieścić w PNG: wybierz mniejszy rozmiar lub niższą rozdzielczość.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 × %2 pixels</source>
        <translation>%1 × %2 pikseli</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 × %2 cm when printed at %3 dpi</source>
        <translation>%1 × %2 cm po wydrukowaniu w %3 dpi</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Choose the file to write the map to.</source>
        <translation>Wybierz plik, do którego zostanie zapisana mapa.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Writing %1…</source>
        <translation>Zapisywanie %1…</translation>
    </message>
</context>
<context>
    <name>twinatlas::ExportPreset</name>
    <message>
        <location filename="../app/ui/exportpreset.cpp" line="+9"/>
        <source>Newsletter column, 1200 × 800 px</source>
        <translation>Kolumna biuletynu, 1200 × 800 px</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Social card, 1200 × 630 px</source>
        <translation>Karta do mediów społecznościowych, 1200 × 630 px</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Custom size</source>
        <translation>Rozmiar niestandardowy</translation>
    </message>
</context>
<context>
    <name>twinatlas::ExportPreview</name>
    <message>
        <location filename="../app/ui/exportpreview.cpp" line="+45"/>
        <source>Preview</source>
        <translation>Podgląd</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>Drawing the preview…</source>
        <translation>Rysowanie podglądu…</translation>
    </message>
</context>
<context>
    <name>twinatlas::ExportSize</name>
    <message>
        <location filename="../app/core/export/exportsize.cpp" line="+87"/>
        <source>%1 landscape, %2 dpi</source>
        <translation>%1 poziomo, %2 dpi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 portrait, %2 dpi</source>
        <translation>%1 pionowo, %2 dpi</translation>
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
        <translation>Nie można odczytać regionów: atlas %1.</translation>
    </message>
    <message>
        <location line="+41"/>
        <location line="+21"/>
        <source>The places cannot be read: the atlas %1.</source>
        <translation>Nie można odczytać miejscowości: atlas %1.</translation>
    </message>
    <message>
        <location line="+37"/>
        <location line="+18"/>
        <source>The alternate names cannot be read: the atlas %1.</source>
        <translation>Nie można odczytać innych nazw: atlas %1.</translation>
    </message>
</context>
<context>
    <name>twinatlas::ImportActions</name>
    <message>
        <location filename="../app/ui/importactions.cpp" line="+25"/>
        <source>&amp;Import partnerships…</source>
        <translation>&amp;Importuj partnerstwa…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paste &amp;list of twins…</source>
        <translation>Wklej &amp;listę miast partnerskich…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add the partnerships of a CSV file, a Wikidata query result or a pasted list</source>
        <translation>Dodaj partnerstwa z pliku CSV, wyniku zapytania Wikidata lub wklejonej listy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a place’s twins from a list copied from a web page or a newsletter</source>
        <translation>Dodaj miasta partnerskie miejscowości z listy skopiowanej ze strony internetowej lub biuletynu</translation>
    </message>
</context>
<context>
    <name>twinatlas::ImportCommand</name>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="+37"/>
        <source>Imports a list of twin towns: resolves every place against the gazetteer and adds the partnerships in one step. Doubtful rows are skipped and reported.</source>
        <translation>Importuje listę miast partnerskich: odnajduje każdą miejscowość w skorowidzu nazw i dodaje partnerstwa w jednym kroku. Wątpliwe wiersze są pomijane i zgłaszane.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>csv, paste, wikidata-json or wikidata-csv (default: detected).</source>
        <translation>csv, paste, wikidata-json lub wikidata-csv (domyślnie: wykrywany).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The place a pasted list is of, e.g. &quot;Toruń, Poland&quot;.</source>
        <translation>Miejscowość, której dotyczy wklejona lista, np. &quot;Toruń, Poland&quot;.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NAME</source>
        <translation>NAZWA</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Column mapping over the guessed one: field=column,... (fields: place, place_country, partner, partners, start, end, kind, ...; columns by header or number).</source>
        <translation>Przypisanie kolumn zastępujące odgadnięte: pole=kolumna,... (pola: place, place_country, partner, partners, start, end, kind, ...; kolumny według nagłówka lub numeru).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>MAPPING</source>
        <translation>PRZYPISANIE</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>utf-8, utf-16le, utf-16be or windows-1252 (default: detected).</source>
        <translation>utf-8, utf-16le, utf-16be lub windows-1252 (domyślnie: wykrywane).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ENCODING</source>
        <translation>KODOWANIE</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The cell delimiter: , ; tab or | (default: detected).</source>
        <translation>Separator komórek: , ; tab lub | (domyślnie: wykrywany).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CHAR</source>
        <translation>ZNAK</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The first row is data, not column names.</source>
        <translation>Pierwszy wiersz zawiera dane, a nie nazwy kolumn.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolve and report, write nothing.</source>
        <translation>Rozpoznaj i zgłoś, niczego nie zapisuj.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write every input row and what became of it as CSV.</source>
        <translation>Zapisz jako CSV każdy wiersz wejściowy i to, co się z nim stało.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The atlas file to import into.</source>
        <translation>Plik atlasu, do którego importować.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>FILE</source>
        <translation>PLIK</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The list to import.</source>
        <translation>Lista do zaimportowania.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>give one file to import.</source>
        <translation>podaj jeden plik do zaimportowania.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no file %1.</source>
        <translation>brak pliku %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown format “%1”; use %2.</source>
        <translation>nieznany format „%1”; użyj %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unknown encoding “%1”; use %2.</source>
        <translation>nieznane kodowanie „%1”; użyj %2.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--delimiter takes one character or tab.</source>
        <translation>--delimiter przyjmuje jeden znak lub tab.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>cannot write the report %1: %2</source>
        <translation>nie można zapisać raportu %1: %2</translation>
    </message>
</context>
<context>
    <name>twinatlas::ImportDialog</name>
    <message>
        <location filename="../app/ui/importdialog.cpp" line="+36"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Wstecz</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+79"/>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Dalej &gt;</translation>
    </message>
    <message>
        <location line="-78"/>
        <source>&amp;Import</source>
        <translation>&amp;Importuj</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save &amp;report…</source>
        <translation>Zapisz &amp;raport…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import partnerships</source>
        <translation>Importuj partnerstwa</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Write the rows to import into the atlas, as one step that Undo takes back</source>
        <translation>Zapisz w atlasie wiersze do zaimportowania jako jeden krok, który Cofnij odwraca</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save every row of the list and what became of it as CSV</source>
        <translation>Zapisz jako CSV każdy wiersz listy i to, co się z nim stało</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Save import report</source>
        <translation>Zapisz raport z importu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>-report.csv</source>
        <translation>-raport.csv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv)</source>
        <translation>Pliki CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Report not saved</source>
        <translation>Nie zapisano raportu</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>&amp;Resolve &gt;</source>
        <translation>&amp;Rozpoznaj &gt;</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>pasted list</source>
        <translation>wklejona lista</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+9"/>
        <source>Reading %1…</source>
        <translation>Odczytywanie %1…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loading the gazetteer…</source>
        <translation>Wczytywanie skorowidza nazw…</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Finding %n places in the gazetteer…</source>
        <translation>
            <numerusform>Wyszukiwanie %n miejscowości w skorowidzu nazw…</numerusform>
            <numerusform>Wyszukiwanie %n miejscowości w skorowidzu nazw…</numerusform>
            <numerusform>Wyszukiwanie %n miejscowości w skorowidzu nazw…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Nothing to import</source>
        <translation>Nie ma nic do zaimportowania</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No row of the list adds anything to the atlas.</source>
        <translation>Żaden wiersz listy nie dodaje niczego do atlasu.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing was imported</source>
        <translation>Niczego nie zaimportowano</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Imported %n partnerships from %1</source>
        <translation>
            <numerusform>Zaimportowano %n partnerstwo z %1</numerusform>
            <numerusform>Zaimportowano %n partnerstwa z %1</numerusform>
            <numerusform>Zaimportowano %n partnerstw z %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 cannot be written: %2</source>
        <translation>Nie można zapisać %1: %2</translation>
    </message>
</context>
<context>
    <name>twinatlas::ImportJob</name>
    <message>
        <location filename="../app/core/io/importjob.cpp" line="+46"/>
        <location line="+103"/>
        <source>The import was cancelled; nothing was written.</source>
        <translation>Import został anulowany; niczego nie zapisano.</translation>
    </message>
    <message>
        <location line="-93"/>
        <source>cannot be read: %1</source>
        <translation>nie można odczytać: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the file is larger than %1 MB; split it</source>
        <translation>plik jest większy niż %1 MB; podziel go</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Nothing was written: the atlas %1.</source>
        <translation>Nic nie zostało zapisane: atlas %1.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Nothing was written: %1</source>
        <translation>Niczego nie zapisano: %1</translation>
    </message>
</context>
<context>
    <name>twinatlas::ImportPartnershipsCommand</name>
    <message numerus="yes">
        <location filename="../app/commands/importpartnershipscommand.cpp" line="+9"/>
        <source>Import %n partnerships from %1</source>
        <translation>
            <numerusform>Importuj %n partnerstwo z %1</numerusform>
            <numerusform>Importuj %n partnerstwa z %1</numerusform>
            <numerusform>Importuj %n partnerstw z %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>twinatlas::ImportPlan</name>
    <message>
        <location filename="../app/core/io/importplan.cpp" line="+123"/>
        <source>chosen in the review</source>
        <translation>wybrano podczas przeglądu</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>placed at the coordinates typed in the review</source>
        <translation>umieszczono we współrzędnych wpisanych podczas przeglądu</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>skipped in the review</source>
        <translation>pominięto podczas przeglądu</translation>
    </message>
    <message>
        <location line="+163"/>
        <source>Imported list: %1</source>
        <translation>Zaimportowana lista: %1</translation>
    </message>
</context>
<context>
    <name>twinatlas::ImportPreviewPage</name>
    <message>
        <location filename="../app/ui/importpreviewpage.cpp" line="+24"/>
        <source>First row names the columns</source>
        <translation>Pierwszy wiersz zawiera nazwy kolumn</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Table (CSV, TSV, semicolons)</source>
        <translation>Tabela (CSV, TSV, średniki)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wikidata query result (JSON)</source>
        <translation>Wynik zapytania Wikidata (JSON)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wikidata query result (CSV)</source>
        <translation>Wynik zapytania Wikidata (CSV)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pasted list of one place’s twins</source>
        <translation>Wklejona lista miast partnerskich jednej miejscowości</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UTF-16, little-endian</source>
        <translation>UTF-16, little-endian</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UTF-16, big-endian</source>
        <translation>UTF-16, big-endian</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Windows-1252 (Western European)</source>
        <translation>Windows-1252 (zachodnioeuropejskie)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Comma</source>
        <translation>Przecinek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Semicolon</source>
        <translation>Średnik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bar |</source>
        <translation>Kreska pionowa |</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Separator:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Encoding:</source>
        <translation>&amp;Kodowanie:</translation>
    </message>
    <message numerus="yes">
        <location line="+57"/>
        <source>%n rows read from %1. Check what each column holds; the choice above a column can be changed.</source>
        <translation>
            <numerusform>Odczytano %n wiersz z %1. Sprawdź, co zawiera każda kolumna; wybór nad kolumną można zmienić.</numerusform>
            <numerusform>Odczytano %n wiersze z %1. Sprawdź, co zawiera każda kolumna; wybór nad kolumną można zmienić.</numerusform>
            <numerusform>Odczytano %n wierszy z %1. Sprawdź, co zawiera każda kolumna; wybór nad kolumną można zmienić.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n twins read from %1.</source>
        <translation>
            <numerusform>Odczytano %n miasto partnerskie z %1.</numerusform>
            <numerusform>Odczytano %n miasta partnerskie z %1.</numerusform>
            <numerusform>Odczytano %n miast partnerskich z %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… i jeszcze %n</numerusform>
            <numerusform>… i jeszcze %n</numerusform>
            <numerusform>… i jeszcze %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read loosely or skipped:</source>
        <translation>Odczytane z tolerancją lub pominięte:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Column %1</source>
        <translation>Kolumna %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Holds</source>
        <translation>Zawiera</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Twin</source>
        <translation>Miasto partnerskie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Country</source>
        <translation>Państwo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start</source>
        <translation>Początek</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>End</source>
        <translation>Koniec</translation>
    </message>
</context>
<context>
    <name>twinatlas::ImportReviewModel</name>
    <message>
        <location filename="../app/models/importreviewmodel.cpp" line="+68"/>
        <source>new place %1, %2 at %3, %4</source>
        <translation>nowa miejscowość %1, %2 w punkcie %3, %4</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>doubtful: %n to choose from</source>
        <translation>
            <numerusform>wątpliwe: %n do wyboru</numerusform>
            <numerusform>wątpliwe: %n do wyboru</numerusform>
            <numerusform>wątpliwe: %n do wyboru</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not found</source>
        <translation>nie znaleziono</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+12"/>
        <source>skipped</source>
        <translation>pominięto</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>found</source>
        <translation>znaleziono</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>new place</source>
        <translation>nowa miejscowość</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>doubtful</source>
        <translation>wątpliwe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unresolved</source>
        <translation>nierozpoznane</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>GeoNames id</source>
        <translation>Identyfikator GeoNames</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>coordinates</source>
        <translation>współrzędne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name</source>
        <translation>nazwa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>other name</source>
        <translation>inna nazwa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>spelling variant</source>
        <translation>wariant pisowni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name without “District”, “City of”…</source>
        <translation>nazwa bez „District”, „City of”…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>close spelling</source>
        <translation>podobna pisownia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>new at the file’s coordinates</source>
        <translation>nowa we współrzędnych z pliku</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>your choice</source>
        <translation>twój wybór</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>to import</source>
        <translation>do zaimportowania</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>already there: merged</source>
        <translation>już istnieje: scalono</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>left out: unresolved</source>
        <translation>pominięto: nierozpoznane</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>left out: doubtful</source>
        <translation>pominięto: wątpliwe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>left out: skipped</source>
        <translation>pominięto: odrzucone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>left out: same place twice</source>
        <translation>pominięto: ta sama miejscowość dwa razy</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Line</source>
        <translation>Wiersz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place</source>
        <translation>Miejscowość</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>Found as</source>
        <translation>Znaleziono jako</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How</source>
        <translation>Sposób</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sure</source>
        <translation>Pewność</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result</source>
        <translation>Wynik</translation>
    </message>
</context>
<context>
    <name>twinatlas::ImportReviewPage</name>
    <message>
        <location filename="../app/ui/importreviewpage.cpp" line="+35"/>
        <source>Only rows to decide (doubtful or not found)</source>
        <translation>Tylko wiersze do rozstrzygnięcia (wątpliwe lub nieznalezione)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Use this place</source>
        <translation>&amp;Użyj tej miejscowości</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create &amp;new place here</source>
        <translation>Utwórz tu &amp;nową miejscowość</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Skip</source>
        <translation>&amp;Pomiń</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Decide</source>
        <translation>Rozstrzygnij</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Lat, lon: 46.23, 15.26</source>
        <translation>Szer., dł.: 46.23, 15.26</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The latitude, a comma, then the longitude, in degrees: a new place is made there with the name as the list writes it</source>
        <translation>Szerokość geograficzna, przecinek, a potem długość, w stopniach: w tym miejscu powstanie nowa miejscowość o nazwie zapisanej tak jak na liście</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Leave this place, and every row that names it, out of the import</source>
        <translation>Wyłącz z importu tę miejscowość i każdy wiersz, który ją wymienia</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Candidates:</source>
        <translation>Kandydaci:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Or where it is:</source>
        <translation>Albo gdzie leży:</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>Place: %1</source>
        <translation>Miejscowość: %1</translation>
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
        <translation>„%1” to nie są współrzędne: wpisz szerokość geograficzną (od -90 do 90), przecinek, a potem długość (od -180 do 180).</translation>
    </message>
    <message numerus="yes">
        <location line="+41"/>
        <source>%n partnerships to import</source>
        <translation>
            <numerusform>%n partnerstwo do zaimportowania</numerusform>
            <numerusform>%n partnerstwa do zaimportowania</numerusform>
            <numerusform>%n partnerstw do zaimportowania</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n already in the atlas (merged)</source>
        <translation>
            <numerusform>%n już w atlasie (scalone)</numerusform>
            <numerusform>%n już w atlasie (scalone)</numerusform>
            <numerusform>%n już w atlasie (scalone)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n new places</source>
        <translation>
            <numerusform>%n nowa miejscowość</numerusform>
            <numerusform>%n nowe miejscowości</numerusform>
            <numerusform>%n nowych miejscowości</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n rows read: </source>
        <translation>
            <numerusform>Odczytano %n wiersz: </numerusform>
            <numerusform>Odczytano %n wiersze: </numerusform>
            <numerusform>Odczytano %n wierszy: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n places doubtful or not found: their rows are left out unless you decide.</source>
        <translation>
            <numerusform>%n miejscowość wątpliwa lub nieznaleziona: jej wiersze zostaną pominięte, chyba że zdecydujesz.</numerusform>
            <numerusform>%n miejscowości wątpliwe lub nieznalezione: ich wiersze zostaną pominięte, chyba że zdecydujesz.</numerusform>
            <numerusform>%n miejscowości wątpliwych lub nieznalezionych: ich wiersze zostaną pominięte, chyba że zdecydujesz.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>twinatlas::ImportRunner</name>
    <message>
        <location filename="../app/ui/importrunner.cpp" line="+116"/>
        <source>The import was cancelled; nothing was written.</source>
        <translation>Import został anulowany; niczego nie zapisano.</translation>
    </message>
</context>
<context>
    <name>twinatlas::ImportSourcePage</name>
    <message>
        <location filename="../app/ui/importsourcepage.cpp" line="+25"/>
        <source>Choose…</source>
        <translation>Wybierz…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A table of partnerships (CSV, TSV or semicolons, one row per pair or one row per place with its twins in a cell), or a Wikidata query result saved as JSON or CSV.</source>
        <translation>Tabela partnerstw (CSV, TSV lub ze średnikami, jeden wiersz na parę albo jeden wiersz na miejscowość z jej miastami partnerskimi w jednej komórce) lub wynik zapytania Wikidata zapisany jako JSON lub CSV.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The file to import</source>
        <translation>Plik do zaimportowania</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>From a file</source>
        <translation>Z pliku</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Twins of:</source>
        <translation>&amp;Miasta partnerskie miejscowości:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paste the list as written, e.g.
Roanne (France), since 1958
Schongau, Germany
Woerden in the Netherlands (from 1967 to 2016)</source>
        <translation>Wklej listę w takiej postaci, w jakiej jest zapisana, np.
Roanne (Francja), od 1958
Schongau, Niemcy
Woerden, Niderlandy (1967–2016)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;List:</source>
        <translation>&amp;Lista:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paste a list</source>
        <translation>Wklej listę</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Import partnerships</source>
        <translation>Importuj partnerstwa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lists of partnerships (*.csv *.tsv *.txt *.json);;All files (*)</source>
        <translation>Listy partnerstw (*.csv *.tsv *.txt *.json);;Wszystkie pliki (*)</translation>
    </message>
</context>
<context>
    <name>twinatlas::ListReader</name>
    <message>
        <location filename="../app/core/io/listreader.cpp" line="+166"/>
        <source>Columns guessed: %1.</source>
        <translation>Odgadnięte kolumny: %1.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>not valid JSON: %1 (the file may be truncated)</source>
        <translation>nieprawidłowy JSON: %1 (plik może być obcięty)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>not a Wikidata query result: no “results”</source>
        <translation>to nie jest wynik zapytania Wikidata: brak „results”</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>record %1 is not an object</source>
        <translation>rekord %1 nie jest obiektem</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>more than %1 fields in the records</source>
        <translation>ponad %1 pól w rekordach</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>a pasted list is of one place: say which (--home NAME)</source>
        <translation>wklejona lista dotyczy jednej miejscowości: podaj której (--home NAZWA)</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>%1: “%2” is not a GeoNames id</source>
        <translation>%1: „%2” nie jest identyfikatorem GeoNames</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>“%1” is not a coordinate</source>
        <translation>„%1” nie jest współrzędną</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>“%1” are not coordinates</source>
        <translation>„%1” to nie są współrzędne</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>coordinates out of range: latitude %1, longitude %2 (latitude runs from -90 to 90, longitude from -180 to 180)</source>
        <translation>współrzędne poza zakresem: szerokość %1, długość %2 (szerokość geograficzna wynosi od -90 do 90, długość od -180 do 180)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>the date “%1” is not understood</source>
        <translation>nie rozpoznano daty „%1”</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the kind “%1” is not understood</source>
        <translation>nie rozpoznano rodzaju „%1”</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the status “%1” is not understood</source>
        <translation>nie rozpoznano statusu „%1”</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Wikidata: %1 (%2), twinned administrative body</source>
        <translation>Wikidata: %1 (%2), partnerska jednostka administracyjna</translation>
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
        <translation>Miejscowości</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Details</source>
        <translation>Szczegóły</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>&amp;File</source>
        <translation>&amp;Plik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Preferences…</source>
        <translation>P&amp;referencje…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Quit</source>
        <translation>&amp;Zakończ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Edit</source>
        <translation>&amp;Edycja</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;View</source>
        <translation>&amp;Widok</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Places</source>
        <translation>&amp;Miejscowości</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Details</source>
        <translation>&amp;Szczegóły</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Zoom &amp;in</source>
        <translation>Po&amp;większ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoom &amp;out</source>
        <translation>Pomnie&amp;jsz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the whole &amp;world</source>
        <translation>Pokaż &amp;cały świat</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Go</source>
        <translation>P&amp;rzejdź</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Help</source>
        <translation>Pomo&amp;c</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Twinatlas</source>
        <translation>&amp;O programie Twinatlas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>About &amp;Qt</source>
        <translation>O &amp;Qt</translation>
    </message>
</context>
<context>
    <name>twinatlas::MapExportActions</name>
    <message>
        <location filename="../app/ui/mapexportactions.cpp" line="+28"/>
        <source>&amp;Export map…</source>
        <translation>&amp;Eksportuj mapę…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Print…</source>
        <translation>&amp;Drukuj…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save the map as a PNG image, an SVG drawing or a PDF document</source>
        <translation>Zapisz mapę jako obraz PNG, rysunek SVG lub dokument PDF</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Partnerships of %1, %2</source>
        <translation>Partnerstwa: %1, %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Twin towns and sister cities of the world</source>
        <translation>Miasta partnerskie i bliźniacze świata</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Twinatlas map</source>
        <translation>Mapa Twinatlas</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+12"/>
        <source>Print map</source>
        <translation>Drukuj mapę</translation>
    </message>
</context>
<context>
    <name>twinatlas::MapExporter</name>
    <message>
        <location filename="../app/core/export/mapexporter.cpp" line="+185"/>
        <source>Twinatlas map</source>
        <translation>Mapa Twinatlas</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>There is not enough memory for an image of %1 × %2 pixels.</source>
        <translation>Za mało pamięci na obraz o wymiarach %1 × %2 pikseli.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>The SVG drawing could not be started.</source>
        <translation>Nie udało się rozpocząć rysunku SVG.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The PDF drawing could not be started.</source>
        <translation>Nie udało się rozpocząć rysowania PDF.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Cannot tell the format of “%1”: the name must end in .png, .svg or .pdf.</source>
        <translation>Nie można rozpoznać formatu „%1”: nazwa musi kończyć się na .png, .svg lub .pdf.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cannot write “%1”: the folder “%2” does not exist.</source>
        <translation>Nie można zapisać „%1”: folder „%2” nie istnieje.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot write “%1”: “%2” is not a folder.</source>
        <translation>Nie można zapisać „%1”: „%2” nie jest folderem.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot write “%1”: it exists and is not a regular file.</source>
        <translation>Nie można zapisać „%1”: istnieje i nie jest zwykłym plikiem.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+4"/>
        <location line="+13"/>
        <location line="+8"/>
        <location line="+3"/>
        <source>Cannot write “%1”: %2</source>
        <translation>Nie można zapisać „%1”: %2</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>nothing was drawn.</source>
        <translation>niczego nie narysowano.</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>only %n bytes could be written.</source>
        <translation>
            <numerusform>udało się zapisać tylko %n bajt.</numerusform>
            <numerusform>udało się zapisać tylko %n bajty.</numerusform>
            <numerusform>udało się zapisać tylko %n bajtów.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>twinatlas::MapLegend</name>
    <message>
        <location filename="../app/core/export/maplegend.cpp" line="+39"/>
        <source>Sister city</source>
        <translation>Miasto siostrzane</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Twin town</source>
        <translation>Miasto bliźniacze</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Partner town</source>
        <translation>Miasto partnerskie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Friendship city</source>
        <translation>Miasto zaprzyjaźnione</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cooperation</source>
        <translation>Współpraca</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other partnership</source>
        <translation>Inne partnerstwo</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Proposed</source>
        <translation>Proponowane</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ended or suspended</source>
        <translation>Zakończone lub zawieszone</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ended</source>
        <translation>Zakończone</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Suspended</source>
        <translation>Zawieszone</translation>
    </message>
</context>
<context>
    <name>twinatlas::MapPickMode</name>
    <message>
        <location filename="../app/ui/mappickmode.cpp" line="+54"/>
        <source>Click the place on the map; Esc cancels.</source>
        <translation>Kliknij miejscowość na mapie; Esc anuluje.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click the position on the map; Esc cancels.</source>
        <translation>Kliknij położenie na mapie; Esc anuluje.</translation>
    </message>
</context>
<context>
    <name>twinatlas::MapPrinter</name>
    <message>
        <location filename="../app/ui/mapprinter.cpp" line="+16"/>
        <source>The printer “%1” could not be started.</source>
        <translation>Nie udało się uruchomić drukarki „%1”.</translation>
    </message>
</context>
<context>
    <name>twinatlas::MapView</name>
    <message>
        <location filename="../app/ui/mapview.cpp" line="+53"/>
        <source>Map</source>
        <translation>Mapa</translation>
    </message>
    <message>
        <location line="+197"/>
        <source>No place is selected, so the map is centred on the middle of the view. Select a place to centre the map on it.</source>
        <translation>Nie zaznaczono żadnej miejscowości, więc mapa jest wyśrodkowana na środku widoku. Zaznacz miejscowość, aby wyśrodkować na niej mapę.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Centred on %1, the place selected last.</source>
        <translation>Wyśrodkowano na ostatnio zaznaczonej miejscowości: %1.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The selected place has no partnerships on the map, so the map stays centred where it was.</source>
        <translation>Zaznaczona miejscowość nie ma partnerstw na mapie, więc mapa pozostaje wyśrodkowana tam, gdzie była.</translation>
    </message>
    <message numerus="yes">
        <location line="+282"/>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;Partners: %n</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;Partnerzy: %n</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;Partnerzy: %n</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;Partnerzy: %n</numerusform>
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
        <translation>&amp;Odwzorowanie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Theme</source>
        <translation>Mo&amp;tyw</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Dark</source>
        <translation>Ciemny</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print</source>
        <extracomment>A map theme (View ▸ Theme): white paper and strong lines, for printing.</extracomment>
        <translation>Wydruk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Light</source>
        <translation>Jasny</translation>
    </message>
</context>
<context>
    <name>twinatlas::MyLocation</name>
    <message>
        <location filename="../app/ui/mylocation.cpp" line="+25"/>
        <source>My &amp;location</source>
        <translation>Moja &amp;lokalizacja</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show where you are and the nearest place with partnerships</source>
        <translation>Pokaż, gdzie jesteś, i najbliższą miejscowość z partnerstwami</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Finding your position…</source>
        <translation>Ustalanie twojego położenia…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Your atlas holds no place with partnerships to measure from.</source>
        <translation>W twoim atlasie nie ma miejscowości z partnerstwami, od której można mierzyć odległość.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>You are %1 from %2, the nearest place with partnerships.</source>
        <translation>Jesteś %1 od miejscowości %2, najbliższej z partnerstwami.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Position of %1.</source>
        <translation>Czas pozycji: %1.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>My location</source>
        <translation>Moja lokalizacja</translation>
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
        <translation>Państwo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kind</source>
        <extracomment>Column: the kind of partnership (twin town, sister city, friendship city…).</extracomment>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Years</source>
        <translation>Lata</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Distance</source>
        <translation>Odległość</translation>
    </message>
</context>
<context>
    <name>twinatlas::PartnershipDialog</name>
    <message>
        <location filename="../app/ui/partnershipdialog.cpp" line="+52"/>
        <source>Add partnership</source>
        <translation>Dodaj partnerstwo</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Anything worth knowing that the dates do not say</source>
        <translation>Wszystko, co warto wiedzieć, a czego nie mówią daty</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Place:</source>
        <translation>&amp;Miejscowość:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;artner:</source>
        <translation>&amp;Partner:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Rodzaj:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Start:</source>
        <translation>P&amp;oczątek:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;End:</source>
        <translation>&amp;Koniec:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;ote:</source>
        <translation>&amp;Uwaga:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sources:</source>
        <translation>Źródła:</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Edit partnership</source>
        <translation>Edytuj partnerstwo</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Place: choose it from the matches, or on the map.</source>
        <translation>Miejscowość: wybierz ją spośród dopasowań lub na mapie.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Partner: choose it from the matches, or on the map.</source>
        <translation>Partner: wybierz go spośród dopasowań lub na mapie.</translation>
    </message>
</context>
<context>
    <name>twinatlas::PartnershipStatusCommand</name>
    <message>
        <location filename="../app/commands/partnershipstatuscommand.cpp" line="+27"/>
        <source>End partnership %1</source>
        <translation>Zakończ partnerstwo %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Suspend partnership %1</source>
        <translation>Zawieś partnerstwo %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resume partnership %1</source>
        <translation>Wznów partnerstwo %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Renew partnership %1</source>
        <translation>Odnów partnerstwo %1</translation>
    </message>
</context>
<context>
    <name>twinatlas::PastedList</name>
    <message>
        <location filename="../app/core/io/pastedlist.cpp" line="+383"/>
        <source>%1: not a list item: %2</source>
        <translation>%1: to nie jest element listy: %2</translation>
    </message>
</context>
<context>
    <name>twinatlas::PlaceDialog</name>
    <message>
        <location filename="../app/ui/placedialog.cpp" line="+56"/>
        <source>City</source>
        <translation>Miasto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Town or village</source>
        <translation>Miasteczko lub wieś</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>District</source>
        <translation>Dzielnica</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Add place</source>
        <translation>Dodaj miejscowość</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>As it is written there, e.g. “Kreuzberg”</source>
        <translation>Tak, jak zapisuje się ją na miejscu, np. „Kreuzberg”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a country</source>
        <translation>Wybierz państwo</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>e.g. 13.40333 (east is positive)</source>
        <translation>np. 13.40333 (wschód – wartości dodatnie)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. 52.49887 (north is positive)</source>
        <translation>np. 52.49887 (północ – wartości dodatnie)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Set on the map</source>
        <translation>Ustaw na mapie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click the place on the map to fill in its position</source>
        <translation>Kliknij miejscowość na mapie, aby uzupełnić jej położenie</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nazwa:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Country:</source>
        <translation>&amp;Państwo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Rodzaj:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Latitude, longitude:</source>
        <translation>&amp;Szerokość, długość geogr.:</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Edit place</source>
        <translation>Edytuj miejscowość</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>%1: give it in degrees, or set the position on the map.</source>
        <translation>%1: podaj w stopniach lub ustaw położenie na mapie.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: “%2” is not a number of degrees.</source>
        <translation>%1: „%2” nie jest liczbą stopni.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Country: choose one.</source>
        <translation>Państwo: wybierz jedno.</translation>
    </message>
</context>
<context>
    <name>twinatlas::PlaceField</name>
    <message>
        <location filename="../app/ui/placefield.cpp" line="+25"/>
        <source>Type a name</source>
        <translation>Wpisz nazwę</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On the map</source>
        <translation>Na mapie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click the place on the map instead of typing its name</source>
        <translation>Kliknij miejscowość na mapie zamiast wpisywać jej nazwę</translation>
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
Partnerzy: %n</numerusform>
            <numerusform>%1, %2
Partnerzy: %n</numerusform>
            <numerusform>%1, %2
Partnerzy: %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Place</source>
        <translation>Miejscowość</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Country</source>
        <translation>Państwo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Partners</source>
        <translation>Partnerzy</translation>
    </message>
</context>
<context>
    <name>twinatlas::PlaceResolver</name>
    <message>
        <location filename="../app/core/io/placeresolver.cpp" line="+130"/>
        <source> (pop. %1)</source>
        <translation> (ludn. %1)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>GeoNames id %1</source>
        <translation>Identyfikator GeoNames %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the text holds %1: check it</source>
        <translation>tekst zawiera %1: sprawdź go</translation>
    </message>
    <message>
        <location line="+198"/>
        <source>named so, %1 km from the file&apos;s coordinates</source>
        <translation>o tej nazwie, %1 km od współrzędnych z pliku</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>not in the atlas: a new place at the file&apos;s coordinates</source>
        <translation>brak w atlasie: nowa miejscowość we współrzędnych z pliku</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no place of that name within 25 km of the file&apos;s coordinates: a new place there</source>
        <translation>brak miejscowości o tej nazwie w promieniu 25 km od współrzędnych z pliku: nowa miejscowość w tym miejscu</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>coordinates without a name</source>
        <translation>współrzędne bez nazwy</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>“%1” is in %2, not in %3 as the list says</source>
        <translation>„%1” leży w: %2, a nie w: %3, jak podaje lista</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no name</source>
        <translation>brak nazwy</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no place of this name in the atlas</source>
        <translation>brak miejscowości o tej nazwie w atlasie</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>no place of this name in or near %1, which the list names with it</source>
        <translation>brak miejsca o tej nazwie w %1 ani w pobliżu, które lista podaje przy nazwie</translation>
    </message>
    <message numerus="yes">
        <location line="+70"/>
        <source>%n places of similar weight answer to this name</source>
        <translation>
            <numerusform>%n miejscowość o podobnej wadze nosi tę nazwę</numerusform>
            <numerusform>%n miejscowości o podobnej wadze noszą tę nazwę</numerusform>
            <numerusform>%n miejscowości o podobnej wadze nosi tę nazwę</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>; the largest of %n places so named</source>
        <translation>
            <numerusform>; największa z %n miejscowości o tej nazwie</numerusform>
            <numerusform>; największa z %n miejscowości o tej nazwie</numerusform>
            <numerusform>; największa z %n miejscowości o tej nazwie</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>only a name within %n letter(s) of it, and no country to go by</source>
        <translation>
            <numerusform>tylko nazwa różniąca się o %n literę i brak państwa, na którym można się oprzeć</numerusform>
            <numerusform>tylko nazwa różniąca się o %n litery i brak państwa, na którym można się oprzeć</numerusform>
            <numerusform>tylko nazwa różniąca się o %n liter i brak państwa, na którym można się oprzeć</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>only a small place within %n letter(s) of this name</source>
        <translation>
            <numerusform>tylko mała miejscowość o nazwie różniącej się o %n literę</numerusform>
            <numerusform>tylko mała miejscowość o nazwie różniącej się o %n litery</numerusform>
            <numerusform>tylko mała miejscowość o nazwie różniącej się o %n liter</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>its name</source>
        <translation>jej nazwa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>one of its names</source>
        <translation>jedna z jej nazw</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its name, spelled another way</source>
        <translation>jej nazwa w innej pisowni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its name, without the added word</source>
        <translation>jej nazwa bez dodanego słowa</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>a name %n letter(s) away</source>
        <translation>
            <numerusform>nazwa różniąca się o %n literę</numerusform>
            <numerusform>nazwa różniąca się o %n litery</numerusform>
            <numerusform>nazwa różniąca się o %n liter</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>, in the region or country given</source>
        <translation>, w podanym regionie lub państwie</translation>
    </message>
</context>
<context>
    <name>twinatlas::PlaceText</name>
    <message>
        <location filename="../app/core/io/placetext.cpp" line="+35"/>
        <source>a spreadsheet formula, not a name</source>
        <translation>formułę arkusza kalkulacyjnego, nie nazwę</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>text in the wrong encoding (“%1”)</source>
        <translation>tekst w złym kodowaniu („%1”)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a character that could not be read</source>
        <translation>znak, którego nie dało się odczytać</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%1” in a name</source>
        <translation>„%1” w nazwie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a bracket that does not close</source>
        <translation>nawias, który się nie zamyka</translation>
    </message>
</context>
<context>
    <name>twinatlas::PositionRequest</name>
    <message>
        <location filename="../app/core/location/positionrequest.cpp" line="+56"/>
        <source>Cannot read the NMEA source %1: Qt&apos;s NMEA position plugin is missing or cannot open it.</source>
        <translation>Nie można odczytać źródła NMEA %1: brak wtyczki pozycji NMEA biblioteki Qt lub nie może ona go otworzyć.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>The NMEA log %1 holds no valid position fix (%2).</source>
        <translation>Dziennik NMEA %1 nie zawiera żadnego poprawnego odczytu pozycji (%2).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>This system has no position source. Install and enable GeoClue (the geoclue-2.0 package on Debian), or name a GPS receiver or an NMEA log in Preferences.</source>
        <translation>Ten system nie ma źródła pozycji. Zainstaluj i włącz GeoClue (pakiet geoclue-2.0 w Debianie) albo wskaż odbiornik GPS lub dziennik NMEA w Preferencjach.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Twinatlas may not know your position: location access was refused. Allow it in your system&apos;s privacy settings, or name a GPS receiver or an NMEA log in Preferences.</source>
        <translation>Twinatlas nie może poznać twojego położenia: odmówiono dostępu do lokalizacji. Zezwól na niego w ustawieniach prywatności systemu albo wskaż odbiornik GPS lub dziennik NMEA w Preferencjach.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The position source closed before it gave a position.</source>
        <translation>Źródło pozycji zamknęło się, zanim podało pozycję.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The position source gave no position within %n seconds.</source>
        <translation>
            <numerusform>Źródło pozycji nie podało pozycji w ciągu %n sekundy.</numerusform>
            <numerusform>Źródło pozycji nie podało pozycji w ciągu %n sekund.</numerusform>
            <numerusform>Źródło pozycji nie podało pozycji w ciągu %n sekund.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The position source failed without saying why.</source>
        <translation>Źródło pozycji zawiodło bez podania przyczyny.</translation>
    </message>
</context>
<context>
    <name>twinatlas::PreferencesDialog</name>
    <message>
        <location filename="../app/ui/preferencesdialog.cpp" line="+27"/>
        <source>The system&apos;s location service</source>
        <translation>Usługa lokalizacji systemu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An NMEA source:</source>
        <translation>Źródło NMEA:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Browse…</source>
        <translation>Prze&amp;glądaj…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Look for changes in Wikidata once a week, at start</source>
        <translation>Raz w tygodniu, przy uruchomieniu, sprawdzaj zmiany w Wikidata</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Preferences</source>
        <translation>Preferencje</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>/dev/ttyACM0 or a log file</source>
        <translation>/dev/ttyACM0 lub plik dziennika</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The system&apos;s language</source>
        <extracomment>The first choice of Preferences ▸ Language: the desktop&apos;s language, whichever it is.</extracomment>
        <translation>Język systemu</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Language</source>
        <translation>Język</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new language applies when Twinatlas starts again.</source>
        <translation>Nowy język zacznie obowiązywać po ponownym uruchomieniu Twinatlas.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Location</source>
        <translation>Lokalizacja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where Go ▸ My location finds your position.</source>
        <translation>Skąd Przejdź ▸ Moja lokalizacja pobiera twoje położenie.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A GPS receiver&apos;s serial device is read live; of a log file of NMEA sentences, the last valid fix is used.</source>
        <translation>Urządzenie szeregowe odbiornika GPS jest odczytywane na bieżąco; z pliku dziennika zdań NMEA używany jest ostatni poprawny odczyt pozycji.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Wikidata</source>
        <translation>Wikidata</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Any SPARQL endpoint over Wikidata, such as a QLever instance or your own; empty for the Wikidata Query Service.</source>
        <translation>Dowolny punkt dostępowy SPARQL nad Wikidata, np. instancja QLever lub własna; puste oznacza Wikidata Query Service.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Asks again for what the last fetch asked for, and shows what changed before anything is added.</source>
        <translation>Ponownie pyta o to, o co pytało ostatnie pobranie, i pokazuje zmiany, zanim cokolwiek zostanie dodane.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Service:</source>
        <translation>Usługa:</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>NMEA source</source>
        <translation>Źródło NMEA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NMEA logs (*.nmea *.nma *.log *.txt);;All files (*)</source>
        <translation>Dzienniki NMEA (*.nmea *.nma *.log *.txt);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>An http or https address, such as %1</source>
        <translation>Adres http lub https, np. %1</translation>
    </message>
</context>
<context>
    <name>twinatlas::ProvenanceText</name>
    <message>
        <location filename="../app/core/db/provenancetext.cpp" line="+20"/>
        <source>Added by you</source>
        <translation>Dodane przez ciebie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Added by you on %1</source>
        <translation>Dodane przez ciebie %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edited by you on %1</source>
        <translation>Edytowane przez ciebie %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From the bundled data</source>
        <translation>Z dołączonych danych</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From the bundled data %1</source>
        <translation>Z dołączonych danych %1</translation>
    </message>
</context>
<context>
    <name>twinatlas::QueryCommand</name>
    <message>
        <location filename="../app/cli/querycommand.cpp" line="+34"/>
        <source>Prints a place&apos;s partnerships as tab-separated lines: partner, country, kind, status, start, end, distance in km along the WGS 84 geodesic.</source>
        <translation>Wypisuje partnerstwa miejscowości jako wiersze rozdzielone tabulatorami: partner, państwo, rodzaj, status, początek, koniec, odległość w km wzdłuż linii geodezyjnej WGS 84.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Print the counts of places, partnerships, events and sources.</source>
        <translation>Wypisz liczbę miejscowości, partnerstw, wydarzeń i źródeł.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The atlas file to read.</source>
        <translation>Plik atlasu do odczytania.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FILE</source>
        <translation>PLIK</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The place to look up.</source>
        <translation>Miejscowość do wyszukania.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>NAME</source>
        <translation>NAZWA</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>give a place name, or --stats</source>
        <translation>podaj nazwę miejscowości lub --stats</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>no place is called “%1”.</source>
        <translation>żadna miejscowość nie nazywa się „%1”.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no place is called “%1”. Closest matches: %2.</source>
        <translation>żadna miejscowość nie nazywa się „%1”. Najbliższe dopasowania: %2.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 places are called “%2”; showing %3. The others:</source>
        <translation>%1 miejsc nazywa się „%2”; pokazano %3. Pozostałe:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>population %1</source>
        <translation>ludność %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 partnerships</source>
        <translation>partnerstwa: %1</translation>
    </message>
</context>
<context>
    <name>twinatlas::ReadFailure</name>
    <message>
        <location filename="../app/cli/readfailure.cpp" line="+16"/>
        <source>“twinatlas check --database %1” names the damage.</source>
        <translation>„twinatlas check --database %1” wskazuje uszkodzenia.</translation>
    </message>
</context>
<context>
    <name>twinatlas::RecordParser</name>
    <message>
        <location filename="../app/core/io/delimitedtable.cpp" line="+57"/>
        <source>more than %1 columns in one record</source>
        <translation>ponad %1 kolumn w jednym rekordzie</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>text after the closing quote of a cell; a quote inside a quoted cell is written twice (&quot;&quot;)</source>
        <translation>tekst po cudzysłowie zamykającym komórkę; cudzysłów wewnątrz komórki w cudzysłowie zapisuje się podwójnie (&quot;&quot;)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the quote that opens this cell is never closed (the file may be truncated)</source>
        <translation>cudzysłów otwierający tę komórkę nie został zamknięty (plik może być obcięty)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>a cell longer than %1 characters</source>
        <translation>komórka dłuższa niż %1 znaków</translation>
    </message>
</context>
<context>
    <name>twinatlas::RemoveEventCommand</name>
    <message>
        <location filename="../app/commands/removeeventcommand.cpp" line="+13"/>
        <source>Remove event of %1</source>
        <translation>Usuń wydarzenie partnerstwa %1</translation>
    </message>
</context>
<context>
    <name>twinatlas::RemovePartnershipCommand</name>
    <message>
        <location filename="../app/commands/removepartnershipcommand.cpp" line="+8"/>
        <source>Remove partnership %1</source>
        <translation>Usuń partnerstwo %1</translation>
    </message>
</context>
<context>
    <name>twinatlas::RemovePlaceCommand</name>
    <message>
        <location filename="../app/commands/removeplacecommand.cpp" line="+17"/>
        <source>Remove place %1</source>
        <translation>Usuń miejscowość %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove place %1 with its partnerships</source>
        <translation>Usuń miejscowość %1 wraz z jej partnerstwami</translation>
    </message>
</context>
<context>
    <name>twinatlas::SaveFile</name>
    <message>
        <location filename="../app/core/io/savefile.cpp" line="+30"/>
        <source>it cannot be created</source>
        <translation>nie można go utworzyć</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>only %n bytes could be written</source>
        <translation>
            <numerusform>udało się zapisać tylko %n bajt</numerusform>
            <numerusform>udało się zapisać tylko %n bajty</numerusform>
            <numerusform>udało się zapisać tylko %n bajtów</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the data could not be written out</source>
        <translation>nie udało się zapisać danych</translation>
    </message>
</context>
<context>
    <name>twinatlas::SearchResultModel</name>
    <message>
        <location filename="../app/models/searchresultmodel.cpp" line="+86"/>
        <source>%1 (also called %2)</source>
        <translation>%1 (zwane też %2)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Also called %1</source>
        <translation>Zwane też %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Population: %1</source>
        <translation>Ludność: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No partners in the atlas</source>
        <translation>Brak partnerów w atlasie</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Partners: %n</source>
        <translation>
            <numerusform>Partnerzy: %n</numerusform>
            <numerusform>Partnerzy: %n</numerusform>
            <numerusform>Partnerzy: %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Place</source>
        <translation>Miejscowość</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Country</source>
        <translation>Państwo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Population</source>
        <translation>Ludność</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Partners</source>
        <translation>Partnerzy</translation>
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
        <translation>Zakłada atlas zespołu na serwerze PostgreSQL i dodaje jego członków.
  init URL            tworzy schemat i role w pustej bazie danych albo aktualizuje starszy atlas zespołu
  add-user URL NAZWA  dodaje członka z --role; hasło jest czytane ze standardowego wejścia
URL: postgresql://użytkownik@host:port/baza (jako użytkownik, który może tworzyć role), ?host=/run/postgresql dla gniazda, ?sslrootcert=PLIK dla certyfikatu serwera.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>viewer (reads), editor (reads and writes) or administrator (also manages members).</source>
        <translation>viewer (czyta), editor (czyta i pisze) albo administrator (zarządza też członkami).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ROLE</source>
        <translation>ROLA</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ACTION</source>
        <translation>DZIAŁANIE</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>init or add-user</source>
        <translation>init albo add-user</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The database of the team atlas.</source>
        <translation>Baza danych atlasu zespołu.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>give init or add-user, then the URL of the database.</source>
        <translation>podaj init albo add-user, a potem URL bazy danych.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>init takes one URL.</source>
        <translation>init przyjmuje jeden URL.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>add-user takes a URL and a user name.</source>
        <translation>add-user przyjmuje URL i nazwę użytkownika.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the team atlas on %1 was set up by a newer Twinatlas (schema version %2; this one knows up to %3). Nothing was changed.</source>
        <translation>atlas zespołu na %1 założył nowszy Twinatlas (wersja schematu %2; ten zna wersje do %3). Niczego nie zmieniono.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The team atlas on %1 is set up already (schema version %2); nothing to do.</source>
        <translation>Atlas zespołu na %1 jest już założony (wersja schematu %2); nie ma nic do zrobienia.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the team atlas on %1 could not be upgraded; it is as it was: %2</source>
        <translation>nie udało się zaktualizować atlasu zespołu na %1; jest taki jak był: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Upgraded the team atlas on %1 from schema version %2 to %3.</source>
        <translation>Zaktualizowano atlas zespołu na %1 z wersji schematu %2 do %3.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the team atlas could not be set up on %1; nothing was changed: %2</source>
        <translation>nie udało się założyć atlasu zespołu na %1; niczego nie zmieniono: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set up a team atlas on %1 (schema version %2).</source>
        <translation>Założono atlas zespołu na %1 (wersja schematu %2).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add its members with: twinatlas server add-user &apos;%1&apos; NAME --role editor</source>
        <translation>Członków dodasz poleceniem: twinatlas server add-user &apos;%1&apos; NAZWA --role editor</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 holds no team atlas; set it up first with: twinatlas server init &apos;%2&apos;</source>
        <translation>%1 nie zawiera atlasu zespołu; najpierw załóż go poleceniem: twinatlas server init &apos;%2&apos;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--role is viewer, editor or administrator, not “%1”.</source>
        <translation>--role to viewer, editor albo administrator, nie „%1”.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password for %1: </source>
        <translation>Hasło dla %1: </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no password given for %1; nothing was changed.</source>
        <translation>nie podano hasła dla %1; niczego nie zmieniono.</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+6"/>
        <source>%1 could not be added; nothing was changed: %2</source>
        <translation>nie udało się dodać %1; niczego nie zmieniono: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Added %1 to the team atlas on %2 as %3.</source>
        <translation>Dodano %1 do atlasu zespołu na %2 jako %3.</translation>
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
        <translation>Usuń</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add another</source>
        <translation>Dodaj kolejne</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sources cited</source>
        <translation>Cytowane źródła</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Double-click a web address to open it in the browser.</source>
        <translation>Kliknij dwukrotnie adres internetowy, aby otworzyć go w przeglądarce.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Title, e.g. “City council decision 114/1988”</source>
        <translation>Tytuł, np. „Uchwała rady miasta 114/1988”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Or the name of a document or book</source>
        <translation>Lub nazwa dokumentu albo książki</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Title:</source>
        <translation>Tytuł:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Web address:</source>
        <translation>Adres internetowy:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document:</source>
        <translation>Dokument:</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>%1: a source needs a title.</source>
        <translation>%1: źródło musi mieć tytuł.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sources: give at least one, so that others can check it.</source>
        <translation>Źródła: podaj co najmniej jedno, aby inni mogli to sprawdzić.</translation>
    </message>
</context>
<context>
    <name>twinatlas::SparqlResults</name>
    <message>
        <location filename="../app/core/wikidata/sparqlresults.cpp" line="+36"/>
        <source>the answer is not valid JSON (%1 at byte %2 of %3)</source>
        <translation>odpowiedź nie jest poprawnym JSON-em (%1 w bajcie %2 z %3)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the answer is not a SPARQL result: no JSON object</source>
        <translation>odpowiedź nie jest wynikiem SPARQL: brak obiektu JSON</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the answer is not a SPARQL result: no “head” and “results”</source>
        <translation>odpowiedź nie jest wynikiem SPARQL: brak „head” i „results”</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the answer names no variables (“head.vars”)</source>
        <translation>odpowiedź nie wymienia zmiennych („head.vars”)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a variable in “head.vars” is not a name</source>
        <translation>zmienna w „head.vars” nie jest nazwą</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the answer has no rows (“results.bindings”)</source>
        <translation>odpowiedź nie ma wierszy („results.bindings”)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>row %1 of the answer is not an object</source>
        <translation>wiersz %1 odpowiedzi nie jest obiektem</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>row %1 binds “%2”, which the answer does not name</source>
        <translation>wiersz %1 wiąże „%2”, której odpowiedź nie wymienia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>row %1: “%2” is not an RDF term</source>
        <translation>wiersz %1: „%2” nie jest termem RDF</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>row %1: “%2” has no value</source>
        <translation>wiersz %1: „%2” nie ma wartości</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>row %1: “%2” is of an unknown type “%3”</source>
        <translation>wiersz %1: „%2” ma nieznany typ „%3”</translation>
    </message>
</context>
<context>
    <name>twinatlas::SqlFailure</name>
    <message>
        <location filename="../app/core/db/sqlfailure.cpp" line="+83"/>
        <source>its rows contradict each other: %1</source>
        <translation>jego wiersze są ze sobą sprzeczne: %1</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>is damaged (%1)</source>
        <translation>jest uszkodzony (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot be written: its disk is full</source>
        <translation>nie można zapisać: jego dysk jest pełny</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot be written: it, its folder or its disk is read-only (%1)</source>
        <translation>nie można zapisać: on sam, jego folder lub dysk jest tylko do odczytu (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot be used: permission denied (%1)</source>
        <translation>nie można użyć: brak uprawnień (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot be opened: a file it needs is missing or cannot be made (%1)</source>
        <translation>nie można otworzyć: brakuje potrzebnego mu pliku lub nie da się go utworzyć (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is locked by another program (SQLite: “%1”)</source>
        <translation>jest zablokowany przez inny program (SQLite: „%1”)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>could not be read from or written to its disk (%1)</source>
        <translation>nie udało się go odczytać z dysku ani zapisać na dysku (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>could not be read (SQLite: “%1”)</source>
        <translation>nie udało się go odczytać (SQLite: „%1”)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The atlas file %1 %2.</source>
        <translation>Plik atlasu %1 %2.</translation>
    </message>
</context>
<context>
    <name>twinatlas::StartupAtlas</name>
    <message>
        <location filename="../app/ui/startupatlas.cpp" line="+26"/>
        <source>Your atlas was restored from the backup %1. The file that could not be opened is kept as %2.</source>
        <translation>Twój atlas przywrócono z kopii zapasowej %1. Plik, którego nie udało się otworzyć, zachowano jako %2.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Your atlas was started again from the bundled atlas. The file that could not be opened, with your changes, is kept as %1.</source>
        <translation>Twój atlas zaczęto od nowa od dołączonego atlasu. Plik, którego nie udało się otworzyć, wraz z twoimi zmianami zachowano jako %1.</translation>
    </message>
</context>
<context>
    <name>twinatlas::SyncCommand</name>
    <message>
        <location filename="../app/cli/synccommand.cpp" line="+35"/>
        <source>Syncs the atlas with its team atlas on a PostgreSQL server: receives what the others changed, sends your changes, and lists the conflicts a person has to settle (in the window: File ▸ Team conflicts). The password comes from the URL, PGPASSWORD or ~/.pgpass.</source>
        <translation>Synchronizuje atlas z jego atlasem zespołu na serwerze PostgreSQL: pobiera zmiany innych, wysyła twoje zmiany i wypisuje konflikty, które musi rozstrzygnąć człowiek (w oknie: Plik ▸ Konflikty zespołu). Hasło pochodzi z URL, PGPASSWORD albo ~/.pgpass.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The atlas file to sync.</source>
        <translation>Plik atlasu do synchronizacji.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>FILE</source>
        <translation>PLIK</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>postgresql://user@host:port/database; ?host=/run/postgresql for a socket, ?sslrootcert=FILE for the server&apos;s certificate.</source>
        <translation>postgresql://użytkownik@host:port/baza; ?host=/run/postgresql dla gniazda, ?sslrootcert=PLIK dla certyfikatu serwera.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>give the URL of the team atlas.</source>
        <translation>podaj URL atlasu zespołu.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>removed there, changed here</source>
        <translation>usunięte tam, zmienione tutaj</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>removed here, changed there</source>
        <translation>usunięte tutaj, zmienione tam</translation>
    </message>
</context>
<context>
    <name>twinatlas::TeamActions</name>
    <message>
        <location filename="../app/ui/teamactions.cpp" line="+33"/>
        <source>The atlas could not be opened for the sync.</source>
        <translation>Nie udało się otworzyć atlasu do synchronizacji.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Connect to a &amp;Team Atlas…</source>
        <translation>Połącz z &amp;atlasem zespołu…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;ync with the Team Atlas</source>
        <translation>S&amp;ynchronizuj z atlasem zespołu</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+78"/>
        <source>Team &amp;Conflicts…</source>
        <translation>&amp;Konflikty zespołu…</translation>
    </message>
    <message>
        <location line="-77"/>
        <source>&amp;Disconnect from the Team Atlas</source>
        <translation>&amp;Rozłącz z atlasem zespołu</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Team &amp;Conflicts (%1)…</source>
        <translation>&amp;Konflikty zespołu (%1)…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Team: not syncing (read-only)</source>
        <translation>Zespół: bez synchronizacji (tylko do odczytu)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Team: syncing…</source>
        <translation>Zespół: synchronizacja…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Team: the last sync failed</source>
        <translation>Zespół: ostatnia synchronizacja się nie powiodła</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Team: not synced yet</source>
        <translation>Zespół: jeszcze nie zsynchronizowano</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Team: synced %1 · %2</source>
        <translation>Zespół: zsynchronizowano %1 · %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last sync with %1 at %2</source>
        <translation>Ostatnia synchronizacja z %1: %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+8"/>
        <source>Another Team Atlas</source>
        <translation>Inny atlas zespołu</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>This atlas was synced with %1. Sync it with %2 instead? Its rows and your changes stay; the new team atlas gets them at the first sync.</source>
        <translation>Ten atlas był synchronizowany z %1. Synchronizować go zamiast tego z %2? Jego wiersze i twoje zmiany zostają; nowy atlas zespołu dostanie je przy pierwszej synchronizacji.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The password could not be kept in the desktop&apos;s keyring (%1); Twinatlas will ask for it again next time.</source>
        <translation>Nie udało się zachować hasła w pęku kluczy pulpitu (%1); Twinatlas zapyta o nie następnym razem.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Enter the password for %1.</source>
        <translation>Wpisz hasło dla %1.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Team Atlas</source>
        <translation>Atlas zespołu</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%Ln new conflict(s) with the team: File ▸ Team Conflicts… shows both values.</source>
        <translation>
            <numerusform>%Ln nowy konflikt z zespołem: Plik ▸ Konflikty zespołu… pokazuje obie wartości.</numerusform>
            <numerusform>%Ln nowe konflikty z zespołem: Plik ▸ Konflikty zespołu… pokazuje obie wartości.</numerusform>
            <numerusform>%Ln nowych konfliktów z zespołem: Plik ▸ Konflikty zespołu… pokazuje obie wartości.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Disconnect from the Team Atlas</source>
        <translation>Rozłącz z atlasem zespołu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop syncing this atlas with %1? The atlas keeps every row and your changes; the password is removed from the keyring.</source>
        <translation>Przestać synchronizować ten atlas z %1? Atlas zachowa wszystkie wiersze i twoje zmiany; hasło zostanie usunięte z pęku kluczy.</translation>
    </message>
</context>
<context>
    <name>twinatlas::TeamConflictsDialog</name>
    <message>
        <location filename="../app/ui/teamconflictsdialog.cpp" line="+23"/>
        <source>&amp;Keep Mine</source>
        <translation>&amp;Zachowaj mój</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Take the Team&apos;s</source>
        <translation>&amp;Weź wartość zespołu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Team Conflicts</source>
        <translation>Konflikty zespołu</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Row</source>
        <translation>Wiersz</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Field</source>
        <translation>Pole</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Yours</source>
        <translation>Twoja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The team&apos;s</source>
        <translation>Zespołu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Changed by</source>
        <translation>Zmienione przez</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep your value; the next sync sends it to the team.</source>
        <translation>Zachowaj swoją wartość; następna synchronizacja wyśle ją zespołowi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take the other value into this atlas now.</source>
        <translation>Przyjmij teraz drugą wartość do tego atlasu.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The conflicts could not be read: %1</source>
        <translation>Nie udało się odczytać konfliktów: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The whole %1</source>
        <translation>Cały wiersz (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Removed</source>
        <translation>Usunięty</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+1"/>
        <source>Changed</source>
        <translation>Zmieniony</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 (you, %2)</source>
        <translation>%1 (ty, %2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No conflicts: this atlas and the team agree.</source>
        <translation>Brak konfliktów: ten atlas i zespół są zgodne.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>These were changed here and by someone else since the last sync. Until you choose, your value stays here and the team keeps the other.</source>
        <translation>Zmieniono je tutaj i u kogoś innego od ostatniej synchronizacji. Dopóki nie wybierzesz, tutaj zostaje twoja wartość, a zespół zachowuje drugą.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cannot Settle the Conflict</source>
        <translation>Nie można rozstrzygnąć konfliktu</translation>
    </message>
</context>
<context>
    <name>twinatlas::TeamConnectDialog</name>
    <message>
        <location filename="../app/ui/teamconnectdialog.cpp" line="+27"/>
        <source>Keep the password in the desktop&apos;s keyring</source>
        <translation>Zachowaj hasło w pęku kluczy pulpitu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encrypt the connection and verify the server&apos;s certificate</source>
        <translation>Szyfruj połączenie i sprawdzaj certyfikat serwera</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sync when Twinatlas starts</source>
        <translation>Synchronizuj przy starcie Twinatlas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connect to a Team Atlas</source>
        <translation>Połącz z atlasem zespołu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Several people keep one atlas together on a PostgreSQL server. This atlas stays your working copy; a sync sends your changes and brings the others&apos;.</source>
        <translation>Kilka osób prowadzi wspólnie jeden atlas na serwerze PostgreSQL. Ten atlas pozostaje twoją kopią roboczą; synchronizacja wysyła twoje zmiany i przynosi zmiany innych.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>db.example.org, or a socket folder such as /run/postgresql</source>
        <translation>db.example.org albo folder gniazda, np. /run/postgresql</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The system&apos;s default (~/.postgresql/root.crt)</source>
        <translation>Domyślny systemu (~/.postgresql/root.crt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose…</source>
        <translation>Wybierz…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only when asked</source>
        <translation>Tylko na żądanie</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Server:</source>
        <translation>&amp;Serwer:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Database:</source>
        <translation>&amp;Baza danych:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User:</source>
        <translation>&amp;Użytkownik:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pass&amp;word:</source>
        <translation>&amp;Hasło:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Certificate:</source>
        <translation>&amp;Certyfikat:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sync &amp;every:</source>
        <translation>Synchronizuj &amp;co:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connect and Sync</source>
        <translation>Połącz i synchronizuj</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The Server&apos;s Certificate</source>
        <translation>Certyfikat serwera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificates (*.crt *.pem *.cer);;All files (*)</source>
        <translation>Certyfikaty (*.crt *.pem *.cer);;Wszystkie pliki (*)</translation>
    </message>
</context>
<context>
    <name>twinatlas::TeamError</name>
    <message>
        <location filename="../app/core/team/teamerror.cpp" line="+68"/>
        <source>The team server refused the user name or password for %1. Check both and connect again; the local atlas is unchanged.</source>
        <translation>Serwer zespołu odrzucił nazwę użytkownika lub hasło dla %1. Sprawdź oba i połącz się ponownie; lokalny atlas się nie zmienił.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The certificate %2 to check the team server %1 with does not exist. No connection was made and nothing was sent; choose the server&apos;s certificate (or its authority&apos;s) in the connection settings.</source>
        <translation>Certyfikat %2, którym miał być sprawdzony serwer zespołu %1, nie istnieje. Nie nawiązano połączenia i niczego nie wysłano; wybierz certyfikat serwera (lub jego urzędu) w ustawieniach połączenia.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The team server %1 could not prove who it is: its certificate could not be verified. No connection was made and nothing was sent; choose the server&apos;s certificate (or its authority&apos;s) in the connection settings.</source>
        <translation>Serwer zespołu %1 nie mógł wykazać, kim jest: nie udało się sprawdzić jego certyfikatu. Nie nawiązano połączenia i niczego nie wysłano; wybierz certyfikat serwera (lub jego urzędu) w ustawieniach połączenia.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The team server %1 could not prove who it is: its certificate does not match the certificate %2. No connection was made and nothing was sent; check that this is the team&apos;s server and its certificate.</source>
        <translation>Serwer zespołu %1 nie mógł wykazać, kim jest: jego certyfikat nie pasuje do certyfikatu %2. Nie nawiązano połączenia i niczego nie wysłano; sprawdź, czy to serwer zespołu i jego certyfikat.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server has no database %1. Check the database name.</source>
        <translation>Serwer nie ma bazy danych %1. Sprawdź nazwę bazy.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The team server %1 cannot be reached. Check the address and the network; the local atlas is unchanged and keeps working.</source>
        <translation>Nie można połączyć się z serwerem zespołu %1. Sprawdź adres i sieć; lokalny atlas się nie zmienił i działa dalej.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The connection to the team server %1 was lost. %2</source>
        <translation>Utracono połączenie z serwerem zespołu %1. %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The team server lets %1 read the team atlas but not change it. %2 Ask the team&apos;s administrator for the editor role to send your changes.</source>
        <translation>Serwer zespołu pozwala %1 czytać atlas zespołu, ale nie zmieniać go. %2 Poproś administratora zespołu o rolę editor, aby wysłać swoje zmiany.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Another desktop added the same partnership at the same moment. %1 Sync again to take theirs in.</source>
        <translation>Inny komputer dodał w tej samej chwili to samo partnerstwo. %1 Zsynchronizuj ponownie, aby je przejąć.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The team server refused the sync. %1</source>
        <translation>Serwer zespołu odrzucił synchronizację. %1</translation>
    </message>
</context>
<context>
    <name>twinatlas::TeamHistoryText</name>
    <message>
        <location filename="../app/core/team/teamhistorytext.cpp" line="+31"/>
        <source>Added by %1 on %2</source>
        <translation>Dodane przez %1 dnia %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Removed by %1 on %2</source>
        <translation>Usunięte przez %1 dnia %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edited by %1 on %2</source>
        <translation>Edytowane przez %1 dnia %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 · %2 added it</source>
        <translation>%1 · %2 dodał(a)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 · %2 removed it</source>
        <translation>%1 · %2 usunął/usunęła</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 · %2 changed it</source>
        <translation>%1 · %2 zmienił(a)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 · %2 changed %3</source>
        <translation>%1 · %2 zmienił(a): %3</translation>
    </message>
</context>
<context>
    <name>twinatlas::TeamKinds</name>
    <message>
        <location filename="../app/core/team/teamkind.cpp" line="+174"/>
        <source>The whole row</source>
        <translation>Cały wiersz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>GeoNames id</source>
        <translation>Identyfikator GeoNames</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name in ASCII</source>
        <translation>Nazwa w ASCII</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>Kraj</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Longitude</source>
        <translation>Długość geograficzna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latitude</source>
        <translation>Szerokość geograficzna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Population</source>
        <translation>Ludność</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Notatka</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Źródło</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Origin</source>
        <translation>Pochodzenie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other names</source>
        <translation>Inne nazwy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Tytuł</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Web address</source>
        <translation>Adres internetowy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First place</source>
        <translation>Pierwsze miejsce</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Second place</source>
        <translation>Drugie miejsce</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start</source>
        <translation>Początek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End</source>
        <translation>Koniec</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Partnership</source>
        <translation>Partnerstwo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Opis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postcard</source>
        <translation>Pocztówka</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received</source>
        <translation>Otrzymana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed</source>
        <translation>Zmieniono</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Data version</source>
        <translation>Wersja danych</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>place</source>
        <translation>miejsce</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>source</source>
        <translation>źródło</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>partnership</source>
        <translation>partnerstwo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>event</source>
        <translation>wydarzenie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>source of a partnership</source>
        <translation>źródło partnerstwa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>source of an event</source>
        <translation>źródło wydarzenia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>postcard</source>
        <translation>pocztówka</translation>
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
        <translation>%1, wydarzenie z %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+2"/>
        <source>%1, source “%2”</source>
        <translation>%1, źródło „%2”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Postcard from %1 to %2</source>
        <translation>Pocztówka z %1 do %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+14"/>
        <source>(empty)</source>
        <translation>(puste)</translation>
    </message>
</context>
<context>
    <name>twinatlas::TeamServer</name>
    <message>
        <location filename="../app/core/team/teamserver.cpp" line="+27"/>
        <source>Nothing was received; the local atlas is unchanged.</source>
        <translation>Niczego nie odebrano; lokalny atlas się nie zmienił.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing was sent; your changes stay in this atlas and go with the next sync.</source>
        <translation>Niczego nie wysłano; twoje zmiany zostają w tym atlasie i pójdą z następną synchronizacją.</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>Qt&apos;s PostgreSQL driver is not installed (the Debian package libqt6sql6-psql); a team atlas cannot be reached without it.</source>
        <translation>Sterownik PostgreSQL dla Qt nie jest zainstalowany (pakiet Debiana libqt6sql6-psql); bez niego nie da się połączyć z atlasem zespołu.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>The database %1 holds no team atlas. Its administrator sets one up with: twinatlas server init &apos;%2&apos;</source>
        <translation>Baza danych %1 nie zawiera atlasu zespołu. Jej administrator zakłada go poleceniem: twinatlas server init &apos;%2&apos;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The team atlas on %1 was set up by a newer Twinatlas (its schema is version %2; this Twinatlas knows up to version %3). Update Twinatlas to sync with it; nothing was sent or received.</source>
        <translation>Atlas zespołu na %1 założył nowszy Twinatlas (jego schemat ma wersję %2; ten Twinatlas zna wersje do %3). Zaktualizuj Twinatlas, aby się z nim synchronizować; niczego nie wysłano ani nie odebrano.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The team atlas on %1 has schema version %2; this Twinatlas needs version %3. Its administrator upgrades it by starting this Twinatlas, or with: twinatlas server init &apos;%4&apos;</source>
        <translation>Atlas zespołu na %1 ma schemat w wersji %2; ten Twinatlas potrzebuje wersji %3. Administrator zaktualizuje go, uruchamiając ten Twinatlas, albo poleceniem: twinatlas server init &apos;%4&apos;</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The team atlas on %1 could not be upgraded; it is as it was.</source>
        <translation>Nie udało się zaktualizować atlasu zespołu na %1; jest taki jak był.</translation>
    </message>
</context>
<context>
    <name>twinatlas::TeamServerAddress</name>
    <message>
        <location filename="../app/core/team/teamserveraddress.cpp" line="+46"/>
        <source>“%1” is not a URL: %2</source>
        <translation>„%1” nie jest adresem URL: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” is not a PostgreSQL address; it starts with postgresql://.</source>
        <translation>„%1” nie jest adresem PostgreSQL; taki adres zaczyna się od postgresql://.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The port “%1” is not a number from 1 to 65535.</source>
        <translation>Port „%1” nie jest liczbą od 1 do 65535.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>sslmode “%1” is not one of %2.</source>
        <translation>sslmode „%1” nie jest jedną z wartości %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The address option “%1” is not known; use host, port, dbname, user, sslmode or sslrootcert.</source>
        <translation>Opcja adresu „%1” jest nieznana; użyj host, port, dbname, user, sslmode albo sslrootcert.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The address names no server: give a host (postgresql://user@host/database) or a socket folder (?host=/run/postgresql).</source>
        <translation>Adres nie wskazuje serwera: podaj host (postgresql://użytkownik@host/baza) albo folder gniazda (?host=/run/postgresql).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The address names no database: postgresql://user@host/database.</source>
        <translation>Adres nie wskazuje bazy danych: postgresql://użytkownik@host/baza.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The address names no user: postgresql://user@host/database.</source>
        <translation>Adres nie wskazuje użytkownika: postgresql://użytkownik@host/baza.</translation>
    </message>
</context>
<context>
    <name>twinatlas::TeamSync</name>
    <message>
        <location filename="../app/core/team/teamsync.cpp" line="+195"/>
        <source>Your changes were sent, but this atlas could not note that they were. Nothing is lost: the next sync sorts it out.</source>
        <translation>Twoje zmiany wysłano, ale ten atlas nie mógł tego zapisać. Nic nie ginie: następna synchronizacja to naprawi.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The team&apos;s changes could not be written into this atlas; nothing was changed here. The next sync tries again.</source>
        <translation>Nie udało się zapisać zmian zespołu w tym atlasie; tutaj niczego nie zmieniono. Następna synchronizacja spróbuje ponownie.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This atlas is open read-only, so it cannot take the team&apos;s changes: sync from the Twinatlas window that has it open.</source>
        <translation>Ten atlas jest otwarty tylko do odczytu, więc nie może przyjąć zmian zespołu: synchronizuj z okna Twinatlas, które go otworzyło.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>This atlas is kept with another team atlas (last synced with %1), not with %2. To sync it with %2, disconnect it from the other first; its rows and your changes stay.</source>
        <translation>Ten atlas jest prowadzony z innym atlasem zespołu (ostatnia synchronizacja z %1), nie z %2. Aby synchronizować go z %2, najpierw rozłącz go z tamtym; jego wiersze i twoje zmiany zostają.</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>The atlas changed during the sync.</source>
        <translation>Atlas zmienił się podczas synchronizacji.</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>The atlas kept changing during the sync; sync again.</source>
        <translation>Atlas ciągle się zmieniał podczas synchronizacji; zsynchronizuj ponownie.</translation>
    </message>
    <message>
        <location line="+182"/>
        <source>The team&apos;s version cannot be taken: it refers to rows this atlas does not have, or rows here still need this one.</source>
        <translation>Nie można przyjąć wersji zespołu: odwołuje się do wierszy, których ten atlas nie ma, albo wiersze tutaj wciąż jej potrzebują.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The atlas changed meanwhile; choose again.</source>
        <translation>Atlas w międzyczasie się zmienił; wybierz ponownie.</translation>
    </message>
</context>
<context>
    <name>twinatlas::TeamSyncReport</name>
    <message numerus="yes">
        <location filename="../app/core/team/teamsyncreport.cpp" line="+24"/>
        <source>%Ln place(s)</source>
        <translation>
            <numerusform>%Ln miejsce</numerusform>
            <numerusform>%Ln miejsca</numerusform>
            <numerusform>%Ln miejsc</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln source(s)</source>
        <translation>
            <numerusform>%Ln źródło</numerusform>
            <numerusform>%Ln źródła</numerusform>
            <numerusform>%Ln źródeł</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln partnership(s)</source>
        <translation>
            <numerusform>%Ln partnerstwo</numerusform>
            <numerusform>%Ln partnerstwa</numerusform>
            <numerusform>%Ln partnerstw</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln event(s)</source>
        <translation>
            <numerusform>%Ln wydarzenie</numerusform>
            <numerusform>%Ln wydarzenia</numerusform>
            <numerusform>%Ln wydarzeń</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln cited source(s)</source>
        <translation>
            <numerusform>%Ln cytowane źródło</numerusform>
            <numerusform>%Ln cytowane źródła</numerusform>
            <numerusform>%Ln cytowanych źródeł</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln postcard(s)</source>
        <translation>
            <numerusform>%Ln pocztówka</numerusform>
            <numerusform>%Ln pocztówki</numerusform>
            <numerusform>%Ln pocztówek</numerusform>
        </translation>
    </message>
    <message>
        <location line="+34"/>
        <source>nothing new came in</source>
        <translation>nic nowego nie przyszło</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 came in</source>
        <translation>przyszło: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln change(s) sent</source>
        <translation>
            <numerusform>wysłano %Ln zmianę</numerusform>
            <numerusform>wysłano %Ln zmiany</numerusform>
            <numerusform>wysłano %Ln zmian</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln change(s) wait for the next sync</source>
        <translation>
            <numerusform>%Ln zmiana czeka na następną synchronizację</numerusform>
            <numerusform>%Ln zmiany czekają na następną synchronizację</numerusform>
            <numerusform>%Ln zmian czeka na następną synchronizację</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln team row(s) this atlas cannot take yet</source>
        <translation>
            <numerusform>%Ln wiersz zespołu, którego ten atlas jeszcze nie może przyjąć</numerusform>
            <numerusform>%Ln wiersze zespołu, których ten atlas jeszcze nie może przyjąć</numerusform>
            <numerusform>%Ln wierszy zespołu, których ten atlas jeszcze nie może przyjąć</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln conflict(s) to settle</source>
        <translation>
            <numerusform>%Ln konflikt do rozstrzygnięcia</numerusform>
            <numerusform>%Ln konflikty do rozstrzygnięcia</numerusform>
            <numerusform>%Ln konfliktów do rozstrzygnięcia</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>twinatlas::TextDecoder</name>
    <message>
        <location filename="../app/core/io/textdecoder.cpp" line="+63"/>
        <source>the line is longer than %1 characters; this is not a list of places</source>
        <translation>wiersz jest dłuższy niż %1 znaków; to nie jest lista miejscowości</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>NUL byte: this is a binary file, or UTF-16 without a byte order mark</source>
        <translation>bajt NUL: to plik binarny lub UTF-16 bez znacznika kolejności bajtów</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>the file ends inside a UTF-8 character: it is truncated</source>
        <translation>plik kończy się wewnątrz znaku UTF-8: jest obcięty</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>invalid UTF-8 (byte 0x%1)</source>
        <translation>nieprawidłowy UTF-8 (bajt 0x%1)</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>byte 0x%1 is neither UTF-8 nor a Windows-1252 character</source>
        <translation>bajt 0x%1 nie jest ani UTF-8, ani znakiem Windows-1252</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>the file ends inside a UTF-16 character: it is truncated</source>
        <translation>plik kończy się wewnątrz znaku UTF-16: jest obcięty</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>NUL character: this is a binary file</source>
        <translation>znak NUL: to plik binarny</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+9"/>
        <source>invalid UTF-16 (an unpaired surrogate)</source>
        <translation>nieprawidłowy UTF-16 (niesparowany surogat)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>the file is larger than %1 MB; split it</source>
        <translation>plik jest większy niż %1 MB; podziel go</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>byte 0x%1 is not UTF-8, but the file is UTF-8 at line %2, column %3: it mixes two encodings; save it in one (UTF-8), or choose its encoding</source>
        <translation>bajt 0x%1 nie jest UTF-8, ale plik jest w UTF-8 w wierszu %2, kolumnie %3: miesza dwa kodowania; zapisz go w jednym (UTF-8) albo wybierz jego kodowanie</translation>
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
        <translation>Dla tego partnerstwa nie zapisano żadnych wydarzeń.</translation>
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
        <translation>Źródło: %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&lt;a href=&quot;edit&quot;&gt;Edit&lt;/a&gt;</source>
        <translation>&lt;a href=&quot;edit&quot;&gt;Edytuj&lt;/a&gt;</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&lt;a href=&quot;remove&quot;&gt;Remove&lt;/a&gt;</source>
        <translation>&lt;a href=&quot;remove&quot;&gt;Usuń&lt;/a&gt;</translation>
    </message>
</context>
<context>
    <name>twinatlas::UpgradeReport</name>
    <message>
        <location filename="../app/core/db/upgradereport.cpp" line="+25"/>
        <source>Your atlas could not be updated to the new data; it is as it was. %1</source>
        <translation>Nie udało się zaktualizować twojego atlasu do nowych danych; jest taki jak wcześniej. %1</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n new partnership(s)</source>
        <translation>
            <numerusform>%n nowe partnerstwo</numerusform>
            <numerusform>%n nowe partnerstwa</numerusform>
            <numerusform>%n nowych partnerstw</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n new place(s)</source>
        <translation>
            <numerusform>%n nowa miejscowość</numerusform>
            <numerusform>%n nowe miejscowości</numerusform>
            <numerusform>%n nowych miejscowości</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n new event(s)</source>
        <translation>
            <numerusform>%n nowe wydarzenie</numerusform>
            <numerusform>%n nowe wydarzenia</numerusform>
            <numerusform>%n nowych wydarzeń</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n corrected</source>
        <translation>
            <numerusform>%n poprawka</numerusform>
            <numerusform>%n poprawki</numerusform>
            <numerusform>%n poprawek</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n removed</source>
        <translation>
            <numerusform>%n usunięty wpis</numerusform>
            <numerusform>%n usunięte wpisy</numerusform>
            <numerusform>%n usuniętych wpisów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The atlas data was updated to %1: %2; your %n edit(s) kept.</source>
        <translation>
            <numerusform>Dane atlasu zaktualizowano do %1: %2; zachowano %n twoją zmianę.</numerusform>
            <numerusform>Dane atlasu zaktualizowano do %1: %2; zachowano %n twoje zmiany.</numerusform>
            <numerusform>Dane atlasu zaktualizowano do %1: %2; zachowano %n twoich zmian.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The atlas data was updated to %1: %2.</source>
        <translation>Dane atlasu zaktualizowano do %1: %2.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n row(s) the new data drops are kept because your entries use them.</source>
        <translation>
            <numerusform>Zachowano %n wiersz, który nowe dane usuwają, bo korzystają z niego twoje wpisy.</numerusform>
            <numerusform>Zachowano %n wiersze, które nowe dane usuwają, bo korzystają z nich twoje wpisy.</numerusform>
            <numerusform>Zachowano %n wierszy, które nowe dane usuwają, bo korzystają z nich twoje wpisy.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A copy of your atlas from before is at %1.</source>
        <translation>Kopia twojego wcześniejszego atlasu znajduje się w %1.</translation>
    </message>
</context>
<context>
    <name>twinatlas::WhereCommand</name>
    <message>
        <location filename="../app/cli/wherecommand.cpp" line="+54"/>
        <source>Prints the place with partnerships nearest to a position: the last valid fix of an NMEA log, or a longitude and latitude. Then its partnerships, as query prints them.</source>
        <translation>Wypisuje miejscowość z partnerstwami najbliższą danemu położeniu: ostatniemu poprawnemu odczytowi z dziennika NMEA lub podanej długości i szerokości geograficznej. Następnie jej partnerstwa, tak jak wypisuje je query.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>An NMEA log (a GPS receiver&apos;s sentences) whose last valid fix is the position.</source>
        <translation>Dziennik NMEA (zdania odbiornika GPS), którego ostatni poprawny odczyt wyznacza położenie.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+6"/>
        <source>FILE</source>
        <translation>PLIK</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>The longitude, in degrees east.</source>
        <translation>Długość geograficzna w stopniach na wschód.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>DEG</source>
        <translation>STOPNIE</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>The latitude, in degrees north.</source>
        <translation>Szerokość geograficzna w stopniach na północ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The atlas file to read.</source>
        <translation>Plik atlasu do odczytania.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>unexpected argument “%1”</source>
        <translation>nieoczekiwany argument „%1”</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>give either --nmea FILE or --lon DEG --lat DEG</source>
        <translation>podaj --nmea PLIK albo --lon STOPNIE --lat STOPNIE</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 holds no valid position fix (%2).</source>
        <translation>%1 nie zawiera żadnego poprawnego odczytu pozycji (%2).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: used the last valid fix, on line %2 (%3).</source>
        <translation>%1: użyto ostatniego poprawnego odczytu pozycji, z wiersza %2 (%3).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>give both --lon and --lat</source>
        <translation>podaj zarówno --lon, jak i --lat</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--lon takes degrees from -180 to 180, not “%1”</source>
        <translation>--lon przyjmuje stopnie od -180 do 180, a nie „%1”</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--lat takes degrees from -90 to 90, not “%1”</source>
        <translation>--lat przyjmuje stopnie od -90 do 90, a nie „%1”</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the atlas holds no place with partnerships</source>
        <translation>atlas nie zawiera żadnej miejscowości z partnerstwami</translation>
    </message>
</context>
<context>
    <name>twinatlas::WikidataActions</name>
    <message>
        <location filename="../app/ui/wikidataactions.cpp" line="+28"/>
        <source>Get partnerships from &amp;Wikidata…</source>
        <translation>Pobierz partnerstwa z &amp;Wikidata…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add the twinnings Wikidata records for the world, a country or the selected place</source>
        <translation>Dodaj partnerstwa miast, które Wikidata odnotowuje dla świata, kraju lub wybranego miejsca</translation>
    </message>
</context>
<context>
    <name>twinatlas::WikidataBatch</name>
    <message>
        <location filename="../app/core/wikidata/wikidatabatch.cpp" line="+100"/>
        <source>(more warnings left out)</source>
        <translation>(pominięto dalsze ostrzeżenia)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the answer has no “%1” column: it is not the answer to Twinatlas&apos;s query</source>
        <translation>odpowiedź nie ma kolumny „%1”: nie jest odpowiedzią na zapytanie Twinatlasa</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>row %1 of the answer is not a Wikidata statement on an item</source>
        <translation>wiersz %1 odpowiedzi nie jest stwierdzeniem Wikidata o elemencie</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>row %1 of the answer: statement %2 is not on %3</source>
        <translation>wiersz %1 odpowiedzi: stwierdzenie %2 nie dotyczy %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>statement %1 names no item as twin; left out</source>
        <translation>stwierdzenie %1 nie wskazuje elementu jako partnera; pominięto</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>statement %1 names its own item as twin; left out</source>
        <translation>stwierdzenie %1 wskazuje własny element jako partnera; pominięto</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>statement %1: the date “%2” (precision %3) is left out</source>
        <translation>stwierdzenie %1: pominięto datę „%2” (dokładność %3)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1: the coordinates “%2” are left out</source>
        <translation>%1: pominięto współrzędne „%2”</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: the GeoNames ID “%2” is left out</source>
        <translation>%1: pominięto identyfikator GeoNames „%2”</translation>
    </message>
</context>
<context>
    <name>twinatlas::WikidataCommand</name>
    <message>
        <location filename="../app/cli/wikidatacommand.cpp" line="+49"/>
        <source>Gets the twinnings (“twinned administrative body”, P190) of the world, a country or a place from Wikidata and adds them to the atlas in one step. Each place is resolved against the gazetteer; doubtful ones are left out and reported. Run again, it brings what changed since the last fetch; your own edits are kept.</source>
        <translation>Pobiera z Wikidata partnerstwa miast (właściwość P190) świata, kraju lub miejsca i dodaje je do atlasu w jednym kroku. Każde miejsce jest szukane w skorowidzu nazw; wątpliwe są pomijane i zgłaszane. Uruchomione ponownie, przynosi to, co zmieniło się od ostatniego pobrania; twoje własne zmiany zostają zachowane.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The whole world, country by country (the default).</source>
        <translation>Cały świat, kraj po kraju (domyślnie).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One country, by its ISO 3166-1 code, e.g. DE or PL.</source>
        <translation>Jeden kraj, podany kodem ISO 3166-1, np. DE lub PL.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CODE</source>
        <translation>KOD</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One place of the atlas, by name.</source>
        <translation>Jedno miejsce atlasu, podane nazwą.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>NAME</source>
        <translation>NAZWA</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The SPARQL endpoint over Wikidata (default: %1, or the one chosen in Preferences).</source>
        <translation>Punkt dostępowy SPARQL nad Wikidata (domyślnie: %1 lub wybrany w Preferencjach).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The language of the place names kept from Wikidata&apos;s labels (default: the interface language).</source>
        <translation>Język nazw miejsc przejmowanych z etykiet Wikidata (domyślnie: język interfejsu).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>LANG</source>
        <translation>JĘZYK</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give up a request after this many seconds of silence (default: 120).</source>
        <translation>Porzuć żądanie po tylu sekundach ciszy (domyślnie: 120).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SECONDS</source>
        <translation>SEKUNDY</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fetch, resolve and report; write nothing.</source>
        <translation>Pobierz, rozpoznaj i zgłoś; niczego nie zapisuj.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write every statement and what became of it as CSV.</source>
        <translation>Zapisz każde stwierdzenie i to, co się z nim stało, jako CSV.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The atlas file to add to.</source>
        <translation>Plik atlasu, do którego dodać.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>FILE</source>
        <translation>PLIK</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>unexpected “%1”; name a country with --country, a place with --place.</source>
        <translation>nieoczekiwane „%1”; podaj kraj przez --country, miejsce przez --place.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>give one of --all, --country and --place.</source>
        <translation>podaj tylko jedno z --all, --country i --place.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--endpoint takes an http or https URL, such as %1.</source>
        <translation>--endpoint przyjmuje adres URL http lub https, np. %1.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--timeout takes seconds, from 1 to 3600.</source>
        <translation>--timeout przyjmuje sekundy, od 1 do 3600.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>no place is called “%1”.</source>
        <translation>żadne miejsce nie nazywa się „%1”.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the atlas has no countries to ask for.</source>
        <translation>atlas nie ma krajów, o które można zapytać.</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%1 (%2 of %3): %n statements so far</source>
        <translation>
            <numerusform>%1 (%2 z %3): dotąd %n stwierdzenie</numerusform>
            <numerusform>%1 (%2 z %3): dotąd %n stwierdzenia</numerusform>
            <numerusform>%1 (%2 z %3): dotąd %n stwierdzeń</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%1; waiting %n seconds.</source>
        <translation>
            <numerusform>%1; czekam %n sekundę.</numerusform>
            <numerusform>%1; czekam %n sekundy.</numerusform>
            <numerusform>%1; czekam %n sekund.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 Nothing was changed.</source>
        <translation>%1 Niczego nie zmieniono.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>cannot write the report %1: %2</source>
        <translation>nie można zapisać raportu %1: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Nothing was written: %1</source>
        <translation>Niczego nie zapisano: %1</translation>
    </message>
</context>
<context>
    <name>twinatlas::WikidataDialog</name>
    <message>
        <location filename="../app/ui/wikidatadialog.cpp" line="+56"/>
        <source>Save &amp;report…</source>
        <translation>Zapisz &amp;raport…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Get</source>
        <translation>&amp;Pobierz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add to the atlas</source>
        <translation>&amp;Dodaj do atlasu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Get partnerships from Wikidata</source>
        <translation>Pobierz partnerstwa z Wikidata</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Ask Wikidata now; nothing is added before you have seen what it brings</source>
        <translation>Zapytaj teraz Wikidata; nic nie zostanie dodane, zanim zobaczysz, co przyniesie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write what the review shows into the atlas, as one step that Undo takes back</source>
        <translation>Zapisz w atlasie to, co pokazuje przegląd, jako jeden krok, który Cofnij odwraca</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save every statement and what became of it as CSV</source>
        <translation>Zapisz każde stwierdzenie i to, co się z nim stało, jako CSV</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Save report</source>
        <translation>Zapisz raport</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>wikidata-report.csv</source>
        <translation>raport-wikidata.csv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv)</source>
        <translation>Pliki CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Report not saved</source>
        <translation>Nie zapisano raportu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Asking Wikidata for %1 (%2 of %3)…</source>
        <translation>Pytanie Wikidata o %1 (%2 z %3)…</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n twinning statements so far</source>
        <translation>
            <numerusform>dotąd %n stwierdzenie o partnerstwie</numerusform>
            <numerusform>dotąd %n stwierdzenia o partnerstwie</numerusform>
            <numerusform>dotąd %n stwierdzeń o partnerstwie</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1; trying again in %n seconds.</source>
        <translation>
            <numerusform>%1; ponowna próba za %n sekundę.</numerusform>
            <numerusform>%1; ponowna próba za %n sekundy.</numerusform>
            <numerusform>%1; ponowna próba za %n sekund.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Loading the gazetteer…</source>
        <translation>Wczytywanie skorowidza nazw…</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Finding %n places in the gazetteer…</source>
        <translation>
            <numerusform>Szukanie %n miejsca w skorowidzu…</numerusform>
            <numerusform>Szukanie %n miejsc w skorowidzu…</numerusform>
            <numerusform>Szukanie %n miejsc w skorowidzu…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Get the twinnings recorded in Wikidata</source>
        <translation>Pobierz partnerstwa miast odnotowane w Wikidata</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Wikidata, the free knowledge base anyone can edit, records most of the world&apos;s twinnings (“twinned administrative body”), with the start and end dates it knows. Twinatlas asks it for them, finds each town in its gazetteer and shows you what is new before anything is added. Asked again later, it brings what changed; your own edits are kept.</source>
        <translation>Wikidata, wolna baza wiedzy, którą każdy może edytować, odnotowuje większość partnerstw miast na świecie (właściwość P190) wraz ze znanymi jej datami początku i końca. Twinatlas pyta ją o nie, odnajduje każde miasto w swoim skorowidzu nazw i pokazuje, co nowego, zanim cokolwiek zostanie dodane. Zapytana ponownie później, przynosi to, co się zmieniło; twoje własne zmiany zostają zachowane.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The whole &amp;world, country by country (a few minutes)</source>
        <translation>Cały ś&amp;wiat, kraj po kraju (kilka minut)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One &amp;country:</source>
        <translation>Jeden &amp;kraj:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The selected &amp;place (choose one on the map or in the list first)</source>
        <translation>Wybrane &amp;miejsce (najpierw wybierz je na mapie lub na liście)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The selected &amp;place: %1 (not in GeoNames, so not to be found in Wikidata by it; choose its country)</source>
        <translation>Wybrane &amp;miejsce: %1 (nie ma go w GeoNames, więc nie da się go tak znaleźć w Wikidata; wybierz jego kraj)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The selected &amp;place: %1</source>
        <translation>Wybrane &amp;miejsce: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Asks %1, the service set in Preferences.</source>
        <translation>Pyta %1, usługę ustawioną w Preferencjach.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Last fetched on %1: %2.</source>
        <translation>Ostatnio pobrano %1: %2.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Partnership</source>
        <translation>Partnerstwo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What</source>
        <translation>Co</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Changes</source>
        <translation>Zmiany</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+150"/>
        <source>Places</source>
        <translation>Miejsca</translation>
    </message>
    <message>
        <location line="-90"/>
        <source>Asking Wikidata…</source>
        <translation>Pytanie Wikidata…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cancelled; nothing was changed.</source>
        <translation>Anulowano; niczego nie zmieniono.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1
Nothing was changed.</source>
        <translation>%1
Niczego nie zmieniono.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>New</source>
        <translation>Nowe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dates changed in Wikidata</source>
        <translation>Daty zmienione w Wikidata</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kept as in your atlas</source>
        <translation>Zachowane jak w twoim atlasie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No longer in Wikidata: tick those to remove</source>
        <translation>Nie ma już w Wikidata: zaznacz te do usunięcia</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tick to remove this partnership from the atlas</source>
        <translation>Zaznacz, aby usunąć to partnerstwo z atlasu</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… i jeszcze %n</numerusform>
            <numerusform>… i jeszcze %n</numerusform>
            <numerusform>… i jeszcze %n</numerusform>
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
        <translation>Nic nowego: atlas ma już to, co wymienia Wikidata.</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n new partnerships</source>
        <translation>
            <numerusform>%n nowe partnerstwo</numerusform>
            <numerusform>%n nowe partnerstwa</numerusform>
            <numerusform>%n nowych partnerstw</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n confirmed</source>
        <translation>
            <numerusform>%n potwierdzone</numerusform>
            <numerusform>%n potwierdzone</numerusform>
            <numerusform>%n potwierdzonych</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n with changed dates</source>
        <translation>
            <numerusform>%n ze zmienionymi datami</numerusform>
            <numerusform>%n ze zmienionymi datami</numerusform>
            <numerusform>%n ze zmienionymi datami</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n kept as in your atlas</source>
        <translation>
            <numerusform>%n zachowane jak w twoim atlasie</numerusform>
            <numerusform>%n zachowane jak w twoim atlasie</numerusform>
            <numerusform>%n zachowanych jak w twoim atlasie</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n no longer in Wikidata</source>
        <translation>
            <numerusform>%n, którego nie ma już w Wikidata</numerusform>
            <numerusform>%n, których nie ma już w Wikidata</numerusform>
            <numerusform>%n, których nie ma już w Wikidata</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>From %n twinning statements: %1.</source>
        <translation>
            <numerusform>Z %n stwierdzenia o partnerstwie: %1.</numerusform>
            <numerusform>Z %n stwierdzeń o partnerstwie: %1.</numerusform>
            <numerusform>Z %n stwierdzeń o partnerstwie: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n places new to the atlas are added at Wikidata&apos;s coordinates.</source>
        <translation>
            <numerusform>%n nowe dla atlasu miejsce zostanie dodane we współrzędnych z Wikidata.</numerusform>
            <numerusform>%n nowe dla atlasu miejsca zostaną dodane we współrzędnych z Wikidata.</numerusform>
            <numerusform>%n nowych dla atlasu miejsc zostanie dodanych we współrzędnych z Wikidata.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n places could not be placed for sure: see Places; what you leave undecided is left out, and asked again next time.</source>
        <translation>
            <numerusform>%n miejsca nie udało się ustalić na pewno: zob. Miejsca; to, czego nie rozstrzygniesz, zostanie pominięte i następnym razem pytanie padnie ponownie.</numerusform>
            <numerusform>%n miejsc nie udało się ustalić na pewno: zob. Miejsca; to, czego nie rozstrzygniesz, zostanie pominięte i następnym razem pytanie padnie ponownie.</numerusform>
            <numerusform>%n miejsc nie udało się ustalić na pewno: zob. Miejsca; to, czego nie rozstrzygniesz, zostanie pominięte i następnym razem pytanie padnie ponownie.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Places (%n to decide)</source>
        <translation>
            <numerusform>Miejsca (%n do rozstrzygnięcia)</numerusform>
            <numerusform>Miejsca (%n do rozstrzygnięcia)</numerusform>
            <numerusform>Miejsca (%n do rozstrzygnięcia)</numerusform>
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
        <translation>Niczego nie dodano</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Wikidata has nothing new for the atlas.</source>
        <translation>Wikidata nie ma nic nowego dla atlasu.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Added %n partnerships from Wikidata</source>
        <translation>
            <numerusform>Dodano %n partnerstwo z Wikidata</numerusform>
            <numerusform>Dodano %n partnerstwa z Wikidata</numerusform>
            <numerusform>Dodano %n partnerstw z Wikidata</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 cannot be written: %2</source>
        <translation>Nie można zapisać %1: %2</translation>
    </message>
</context>
<context>
    <name>twinatlas::WikidataFetch</name>
    <message>
        <location filename="../app/core/wikidata/wikidatafetch.cpp" line="+129"/>
        <source>“%1” is not the http or https address of a SPARQL endpoint.</source>
        <translation>„%1” nie jest adresem http ani https punktu dostępowego SPARQL.</translation>
    </message>
    <message>
        <location line="+123"/>
        <source>The answer of %1 for %2 is larger than %3 MB; none of it is used.</source>
        <translation>Odpowiedź %1 dla %2 przekracza %3 MB; nic z niej nie zostanie użyte.</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%1 did not answer for %n seconds</source>
        <translation>
            <numerusform>%1 nie odpowiadał przez %n sekundę</numerusform>
            <numerusform>%1 nie odpowiadał przez %n sekundy</numerusform>
            <numerusform>%1 nie odpowiadał przez %n sekund</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The connection to %1 broke off: %2</source>
        <translation>Połączenie z %1 zostało przerwane: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 could not be found: there is no network, or the address is wrong (%2).</source>
        <translation>Nie znaleziono %1: brak sieci albo błędny adres (%2).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The proxy %1 would not connect to %2: %3</source>
        <translation>Serwer pośredniczący %1 nie połączył się z %2: %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 could not be reached: %2</source>
        <translation>Nie można połączyć się z %1: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%1 is busy and asks to wait %n minutes; try again later.</source>
        <translation>
            <numerusform>%1 jest zajęty i prosi o %n minutę czekania; spróbuj później.</numerusform>
            <numerusform>%1 jest zajęty i prosi o %n minuty czekania; spróbuj później.</numerusform>
            <numerusform>%1 jest zajęty i prosi o %n minut czekania; spróbuj później.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 asks for a pause (too many requests)</source>
        <translation>%1 prosi o przerwę (zbyt wiele żądań)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is busy (service unavailable)</source>
        <translation>%1 jest zajęty (usługa niedostępna)</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+4"/>
        <source>%1 answered %2 %3 for %4: %5</source>
        <translation>%1 odpowiedział %2 %3 dla %4: %5</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 answered for %2 with %3, not with SPARQL results in JSON: %4</source>
        <translation>%1 odpowiedział dla %2, podając %3, a nie wyniki SPARQL w JSON: %4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no content type</source>
        <translation>brak typu treści</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%1 (tried %n times).</source>
        <translation>
            <numerusform>%1 (%n próba).</numerusform>
            <numerusform>%1 (%n próby).</numerusform>
            <numerusform>%1 (%n prób).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+43"/>
        <source>The answer of %1 for %2 is broken: %3</source>
        <translation>Odpowiedź %1 dla %2 jest uszkodzona: %3</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The fetch was cancelled; nothing was changed.</source>
        <translation>Pobieranie zostało anulowane; niczego nie zmieniono.</translation>
    </message>
</context>
<context>
    <name>twinatlas::WikidataRunner</name>
    <message>
        <location filename="../app/ui/wikidatarunner.cpp" line="+82"/>
        <location line="+21"/>
        <source>The fetch was cancelled; nothing was changed.</source>
        <translation>Pobieranie zostało anulowane; niczego nie zmieniono.</translation>
    </message>
</context>
<context>
    <name>twinatlas::WikidataScope</name>
    <message>
        <location filename="../app/core/wikidata/wikidatascope.cpp" line="+84"/>
        <source>the whole world</source>
        <translation>cały świat</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>“%1” is not an ISO 3166-1 country code such as DE or PL.</source>
        <translation>„%1” nie jest kodem kraju ISO 3166-1, takim jak DE czy PL.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 has no GeoNames ID to find it in Wikidata by; get its country instead.</source>
        <translation>%1 nie ma identyfikatora GeoNames, po którym można by je znaleźć w Wikidata; pobierz zamiast tego jego kraj.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+10"/>
        <source>The atlas could not be read: it %1</source>
        <translation>Nie udało się odczytać atlasu: %1</translation>
    </message>
</context>
<context>
    <name>twinatlas::WikidataUpdate</name>
    <message>
        <location filename="../app/core/wikidata/wikidataupdate.cpp" line="+72"/>
        <source>no dates</source>
        <translation>bez dat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>since %1</source>
        <translation>od %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>until %1</source>
        <translation>do %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 to %2</source>
        <translation>od %1 do %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The atlas could not be read: it %1</source>
        <translation>Nie udało się odczytać atlasu: %1</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>The atlas could not be read: partnership %1 vanished.</source>
        <translation>Nie można odczytać atlasu: partnerstwo %1 zniknęło.</translation>
    </message>
    <message>
        <location line="+137"/>
        <source>Wikidata: %1 (%2), twinned administrative body %3 (%4)</source>
        <translation>Wikidata: %1 (%2), miasto partnerskie %3 (%4)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The fetch was cancelled; nothing was changed.</source>
        <translation>Pobieranie zostało anulowane; niczego nie zmieniono.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the place of Wikidata&apos;s %1 at an earlier fetch</source>
        <translation>miejsce elementu %1 z Wikidata z wcześniejszego pobrania</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>You removed this partnership; Wikidata still lists it. It stays removed.</source>
        <translation>Usunąłeś to partnerstwo; Wikidata wciąż je wymienia. Pozostaje usunięte.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>none</source>
        <translation>brak</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the atlas&apos;s start date, %1 (Wikidata now says %2)</source>
        <translation>data początku z atlasu, %1 (Wikidata podaje teraz %2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the atlas&apos;s end date, %1 (Wikidata now says %2)</source>
        <translation>data końca z atlasu, %1 (Wikidata podaje teraz %2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the atlas&apos;s dates, which Wikidata&apos;s new ones (%1) contradict</source>
        <translation>daty z atlasu, którym przeczą nowe daty z Wikidata (%1)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1, was %2</source>
        <translation>%1, wcześniej %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Kept: %1.</source>
        <translation>Zachowano: %1.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Wikidata no longer lists this twinning.</source>
        <translation>Wikidata nie wymienia już tego partnerstwa miast.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wikidata no longer lists this twinning (not found since %1).</source>
        <translation>Wikidata nie wymienia już tego partnerstwa miast (nie ma go od %1).</translation>
    </message>
</context>
<context>
    <name>twinatlas::WriteSession</name>
    <message>
        <location filename="../app/core/edit/writesession.cpp" line="+79"/>
        <source>The change could not be saved: %1</source>
        <translation>Nie udało się zapisać zmiany: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1: refers to a row that no earlier step of this change adds.</source>
        <translation>%1: odwołuje się do wiersza, którego nie dodaje żaden wcześniejszy krok tej zmiany.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The placeholder id %1 is used for two new rows.</source>
        <translation>Tymczasowy identyfikator %1 jest użyty dla dwóch nowych wierszy.</translation>
    </message>
    <message>
        <location line="+120"/>
        <location line="+76"/>
        <source>The change could not be saved: the atlas %1.</source>
        <translation>Nie udało się zapisać zmiany: atlas %1.</translation>
    </message>
    <message>
        <location line="-71"/>
        <source>The search index could not be updated: %1</source>
        <translation>Nie udało się zaktualizować indeksu wyszukiwania: %1</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>There is no place %1 to change.</source>
        <translation>Nie ma miejscowości %1 do zmiany.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>An alternate name is changed by removing it and adding the new one.</source>
        <translation>Nazwę alternatywną zmienia się, usuwając ją i dodając nową.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The place has no alternate name “%1”.</source>
        <translation>Miejscowość nie ma nazwy alternatywnej „%1”.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>There is no partnership %1 to remove.</source>
        <translation>Nie ma partnerstwa %1 do usunięcia.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>There is no partnership %1 to change.</source>
        <translation>Nie ma partnerstwa %1 do zmiany.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>There is no event %1 to remove.</source>
        <translation>Nie ma wydarzenia %1 do usunięcia.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>There is no event %1 to change.</source>
        <translation>Nie ma wydarzenia %1 do zmiany.</translation>
    </message>
    <message>
        <location line="+52"/>
        <location line="+52"/>
        <location line="+29"/>
        <source>There is no source %1.</source>
        <translation>Nie ma źródła %1.</translation>
    </message>
    <message>
        <location line="-37"/>
        <location line="+29"/>
        <source>A cited source is changed by removing it and adding another.</source>
        <translation>Cytowane źródło zmienia się, usuwając je i dodając inne.</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>There is no partnership %1.</source>
        <translation>Nie ma partnerstwa %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The partnership already cites this source.</source>
        <translation>Partnerstwo już powołuje się na to źródło.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The partnership does not cite this source.</source>
        <translation>Partnerstwo nie powołuje się na to źródło.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>There is no event %1.</source>
        <translation>Nie ma wydarzenia %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The event already cites this source.</source>
        <translation>Wydarzenie już powołuje się na to źródło.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The event does not cite this source.</source>
        <translation>Wydarzenie nie powołuje się na to źródło.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+7"/>
        <source>The partner is not on the checklist.</source>
        <translation>Partnera nie ma na liście.</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>The partner is already on the checklist.</source>
        <translation>Partner jest już na liście.</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+6"/>
        <source>The place has no name in “%1”.</source>
        <translation>Miejsce nie ma nazwy w języku „%1”.</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>The place already has a name in “%1”.</source>
        <translation>Miejsce ma już nazwę w języku „%1”.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A place&apos;s name cannot be empty.</source>
        <translation>Nazwa miejsca nie może być pusta.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This row is already there.</source>
        <translation>Ten wiersz już istnieje.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no row to change.</source>
        <translation>Nie ma wiersza do zmiany.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no row to remove.</source>
        <translation>Nie ma wiersza do usunięcia.</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+4"/>
        <source>There is no tombstone for %1.</source>
        <translation>Brak znacznika usunięcia dla %1.</translation>
    </message>
</context>
</TS>
