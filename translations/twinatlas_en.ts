<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AboutBox</name>
    <message numerus="yes">
        <location filename="../app/ui/aboutbox.cpp" line="+33"/>
        <source>%Ln places</source>
        <translation>
            <numerusform>%Ln place</numerusform>
            <numerusform>%Ln places</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln partnerships</source>
        <translation>
            <numerusform>%Ln partnership</numerusform>
            <numerusform>%Ln partnerships</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln events</source>
        <translation>
            <numerusform>%Ln event</numerusform>
            <numerusform>%Ln events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln sources</source>
        <translation>
            <numerusform>%Ln source</numerusform>
            <numerusform>%Ln sources</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NmeaLog</name>
    <message numerus="yes">
        <location filename="../app/core/location/nmealog.cpp" line="+110"/>
        <source>%n non-empty lines</source>
        <translation>
            <numerusform>%n non-empty line</numerusform>
            <numerusform>%n non-empty lines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n NMEA sentences read</source>
        <translation>
            <numerusform>%n NMEA sentence read</numerusform>
            <numerusform>%n NMEA sentences read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n valid fixes</source>
        <translation>
            <numerusform>%n valid fix</numerusform>
            <numerusform>%n valid fixes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n lines skipped as garbled or with a wrong checksum</source>
        <translation>
            <numerusform>%n line skipped as garbled or with a wrong checksum</numerusform>
            <numerusform>%n lines skipped as garbled or with a wrong checksum</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>twinatlas::AtlasCheck</name>
    <message numerus="yes">
        <location filename="../app/core/db/atlascheck.cpp" line="+131"/>
        <source>table search_keys: %n place(s) cannot be found by name</source>
        <translation>
            <numerusform>table search_keys: %n place cannot be found by name</numerusform>
            <numerusform>table search_keys: %n places cannot be found by name</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>table checklist: %n postcard(s) of places that are not there</source>
        <translation>
            <numerusform>table checklist: %n postcard of places that are not there</numerusform>
            <numerusform>table checklist: %n postcards of places that are not there</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>twinatlas::AtlasStatusBar</name>
    <message numerus="yes">
        <location filename="../app/ui/atlasstatusbar.cpp" line="+56"/>
        <source>Places: %Ln</source>
        <comment>shown on the map</comment>
        <translation>
            <numerusform>Places: %Ln</numerusform>
            <numerusform>Places: %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Partnerships: %Ln</source>
        <comment>shown on the map</comment>
        <translation>
            <numerusform>Partnerships: %Ln</numerusform>
            <numerusform>Partnerships: %Ln</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>twinatlas::Attribution</name>
    <message numerus="yes">
        <location filename="../app/core/export/attribution.cpp" line="+111"/>
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>twinatlas::CheckCommand</name>
    <message numerus="yes">
        <location filename="../app/cli/checkcommand.cpp" line="+71"/>
        <source>The atlas file %1 is damaged: %n problem(s), listed above.</source>
        <translation>
            <numerusform>The atlas file %1 is damaged: %n problem, listed above.</numerusform>
            <numerusform>The atlas file %1 is damaged: %n problems, listed above.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>twinatlas::ChecklistPane</name>
    <message numerus="yes">
        <location filename="../app/ui/checklistpane.cpp" line="+217"/>
        <source>%1 of %n twins</source>
        <comment>cards received, of all partners</comment>
        <translation>
            <numerusform>%1 of %n twin</numerusform>
            <numerusform>%1 of %n twins</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n wanted</source>
        <comment>cards looked for</comment>
        <translation>
            <numerusform>%n wanted</numerusform>
            <numerusform>%n wanted</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>twinatlas::CityListPane</name>
    <message numerus="yes">
        <location filename="../app/ui/citylistpane.cpp" line="+231"/>
        <source>Places with partners: %Ln</source>
        <translation>
            <numerusform>Places with partners: %Ln</numerusform>
            <numerusform>Places with partners: %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>The first %n matches; type more to narrow them down.</source>
        <translation>
            <numerusform>The first match; type more to narrow it down.</numerusform>
            <numerusform>The first %n matches; type more to narrow them down.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Matches: %n</source>
        <translation>
            <numerusform>Matches: %n</numerusform>
            <numerusform>Matches: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>twinatlas::DetailPane</name>
    <message numerus="yes">
        <location filename="../app/ui/detailpane.cpp" line="+276"/>
        <source>Partners (%n)</source>
        <translation>
            <numerusform>Partners (%n)</numerusform>
            <numerusform>Partners (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>twinatlas::EditActions</name>
    <message numerus="yes">
        <location filename="../app/ui/editactions.cpp" line="+420"/>
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>twinatlas::EditValidator</name>
    <message numerus="yes">
        <location filename="../app/core/edit/editvalidator.cpp" line="+381"/>
        <source>%1 cannot be removed while %n partnership(s) refer to it; remove them first.</source>
        <translation>
            <numerusform>%1 cannot be removed while %n partnership refers to it; remove it first.</numerusform>
            <numerusform>%1 cannot be removed while %n partnerships refer to it; remove them first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>The source “%1” cannot be removed while %n row(s) cite it.</source>
        <translation>
            <numerusform>The source “%1” cannot be removed while %n row cites it.</numerusform>
            <numerusform>The source “%1” cannot be removed while %n rows cite it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>twinatlas::ImportDialog</name>
    <message numerus="yes">
        <location filename="../app/ui/importdialog.cpp" line="+188"/>
        <source>Finding %n places in the gazetteer…</source>
        <translation>
            <numerusform>Finding %n place in the gazetteer…</numerusform>
            <numerusform>Finding %n places in the gazetteer…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+76"/>
        <source>Imported %n partnerships from %1</source>
        <translation>
            <numerusform>Imported %n partnership from %1</numerusform>
            <numerusform>Imported %n partnerships from %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>twinatlas::ImportPartnershipsCommand</name>
    <message numerus="yes">
        <location filename="../app/commands/importpartnershipscommand.cpp" line="+9"/>
        <source>Import %n partnerships from %1</source>
        <translation>
            <numerusform>Import %n partnership from %1</numerusform>
            <numerusform>Import %n partnerships from %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>twinatlas::ImportPreviewPage</name>
    <message numerus="yes">
        <location filename="../app/ui/importpreviewpage.cpp" line="+116"/>
        <source>%n rows read from %1. Check what each column holds; the choice above a column can be changed.</source>
        <translation>
            <numerusform>%n row read from %1. Check what each column holds; the choice above a column can be changed.</numerusform>
            <numerusform>%n rows read from %1. Check what each column holds; the choice above a column can be changed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n twins read from %1.</source>
        <translation>
            <numerusform>%n twin read from %1.</numerusform>
            <numerusform>%n twins read from %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>twinatlas::ImportReviewModel</name>
    <message numerus="yes">
        <location filename="../app/models/importreviewmodel.cpp" line="+72"/>
        <source>doubtful: %n to choose from</source>
        <translation>
            <numerusform>doubtful: %n to choose from</numerusform>
            <numerusform>doubtful: %n to choose from</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>twinatlas::ImportReviewPage</name>
    <message numerus="yes">
        <location filename="../app/ui/importreviewpage.cpp" line="+323"/>
        <source>%n partnerships to import</source>
        <translation>
            <numerusform>%n partnership to import</numerusform>
            <numerusform>%n partnerships to import</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n already in the atlas (merged)</source>
        <translation>
            <numerusform>%n already in the atlas (merged)</numerusform>
            <numerusform>%n already in the atlas (merged)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n new places</source>
        <translation>
            <numerusform>%n new place</numerusform>
            <numerusform>%n new places</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n rows read: </source>
        <translation>
            <numerusform>%n row read: </numerusform>
            <numerusform>%n rows read: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n places doubtful or not found: their rows are left out unless you decide.</source>
        <translation>
            <numerusform>%n place doubtful or not found: its rows are left out unless you decide.</numerusform>
            <numerusform>%n places doubtful or not found: their rows are left out unless you decide.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>twinatlas::MapExporter</name>
    <message numerus="yes">
        <location filename="../app/core/export/mapexporter.cpp" line="+344"/>
        <source>only %n bytes could be written.</source>
        <translation>
            <numerusform>only %n byte could be written.</numerusform>
            <numerusform>only %n bytes could be written.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>twinatlas::MapView</name>
    <message numerus="yes">
        <location filename="../app/ui/mapview.cpp" line="+553"/>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;Partners: %n</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;Partners: %n</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;Partners: %n</numerusform>
        </translation>
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
Partners: %n</numerusform>
            <numerusform>%1, %2
Partners: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>twinatlas::PlaceResolver</name>
    <message numerus="yes">
        <location filename="../app/core/io/placeresolver.cpp" line="+515"/>
        <source>%n places of similar weight answer to this name</source>
        <translation>
            <numerusform>%n place of similar weight answers to this name</numerusform>
            <numerusform>%n places of similar weight answer to this name</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>; the largest of %n places so named</source>
        <translation>
            <numerusform>; the only place so named</numerusform>
            <numerusform>; the largest of %n places so named</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>only a name within %n letter(s) of it, and no country to go by</source>
        <translation>
            <numerusform>only a name within %n letter of it, and no country to go by</numerusform>
            <numerusform>only a name within %n letters of it, and no country to go by</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>only a small place within %n letter(s) of this name</source>
        <translation>
            <numerusform>only a small place within %n letter of this name</numerusform>
            <numerusform>only a small place within %n letters of this name</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>a name %n letter(s) away</source>
        <translation>
            <numerusform>a name %n letter away</numerusform>
            <numerusform>a name %n letters away</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>twinatlas::PositionRequest</name>
    <message numerus="yes">
        <location filename="../app/core/location/positionrequest.cpp" line="+149"/>
        <source>The position source gave no position within %n seconds.</source>
        <translation>
            <numerusform>The position source gave no position within %n second.</numerusform>
            <numerusform>The position source gave no position within %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>twinatlas::SaveFile</name>
    <message numerus="yes">
        <location filename="../app/core/io/savefile.cpp" line="+35"/>
        <source>only %n bytes could be written</source>
        <translation>
            <numerusform>only %n byte could be written</numerusform>
            <numerusform>only %n bytes could be written</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>twinatlas::SearchResultModel</name>
    <message numerus="yes">
        <location filename="../app/models/searchresultmodel.cpp" line="+109"/>
        <source>Partners: %n</source>
        <translation>
            <numerusform>Partners: %n</numerusform>
            <numerusform>Partners: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>twinatlas::TeamActions</name>
    <message numerus="yes">
        <location filename="../app/ui/teamactions.cpp" line="+300"/>
        <source>%Ln new conflict(s) with the team: File ▸ Team Conflicts… shows both values.</source>
        <translation>
            <numerusform>%Ln new conflict with the team: File ▸ Team Conflicts… shows both values.</numerusform>
            <numerusform>%Ln new conflicts with the team: File ▸ Team Conflicts… shows both values.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>twinatlas::TeamSyncReport</name>
    <message numerus="yes">
        <location filename="../app/core/team/teamsyncreport.cpp" line="+24"/>
        <source>%Ln place(s)</source>
        <translation>
            <numerusform>%Ln place</numerusform>
            <numerusform>%Ln places</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln source(s)</source>
        <translation>
            <numerusform>%Ln source</numerusform>
            <numerusform>%Ln sources</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln partnership(s)</source>
        <translation>
            <numerusform>%Ln partnership</numerusform>
            <numerusform>%Ln partnerships</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln event(s)</source>
        <translation>
            <numerusform>%Ln event</numerusform>
            <numerusform>%Ln events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln cited source(s)</source>
        <translation>
            <numerusform>%Ln cited source</numerusform>
            <numerusform>%Ln cited sources</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln postcard(s)</source>
        <translation>
            <numerusform>%Ln postcard</numerusform>
            <numerusform>%Ln postcards</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+38"/>
        <source>%Ln change(s) sent</source>
        <translation>
            <numerusform>%Ln change sent</numerusform>
            <numerusform>%Ln changes sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln change(s) wait for the next sync</source>
        <translation>
            <numerusform>%Ln change waits for the next sync</numerusform>
            <numerusform>%Ln changes wait for the next sync</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln team row(s) this atlas cannot take yet</source>
        <translation>
            <numerusform>%Ln team row this atlas cannot take yet</numerusform>
            <numerusform>%Ln team rows this atlas cannot take yet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln conflict(s) to settle</source>
        <translation>
            <numerusform>%Ln conflict to settle</numerusform>
            <numerusform>%Ln conflicts to settle</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>twinatlas::UpgradeReport</name>
    <message numerus="yes">
        <location filename="../app/core/db/upgradereport.cpp" line="+31"/>
        <source>%n new partnership(s)</source>
        <translation>
            <numerusform>%n new partnership</numerusform>
            <numerusform>%n new partnerships</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n new place(s)</source>
        <translation>
            <numerusform>%n new place</numerusform>
            <numerusform>%n new places</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n new event(s)</source>
        <translation>
            <numerusform>%n new event</numerusform>
            <numerusform>%n new events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n corrected</source>
        <translation>
            <numerusform>%n corrected</numerusform>
            <numerusform>%n corrected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n removed</source>
        <translation>
            <numerusform>%n removed</numerusform>
            <numerusform>%n removed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The atlas data was updated to %1: %2; your %n edit(s) kept.</source>
        <translation>
            <numerusform>The atlas data was updated to %1: %2; your %n edit kept.</numerusform>
            <numerusform>The atlas data was updated to %1: %2; your %n edits kept.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n row(s) the new data drops are kept because your entries use them.</source>
        <translation>
            <numerusform>%n row the new data drops is kept because your entries use it.</numerusform>
            <numerusform>%n rows the new data drops are kept because your entries use them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>twinatlas::WikidataCommand</name>
    <message numerus="yes">
        <location filename="../app/cli/wikidatacommand.cpp" line="+139"/>
        <source>%1 (%2 of %3): %n statements so far</source>
        <translation>
            <numerusform>%1 (%2 of %3): %n statement so far</numerusform>
            <numerusform>%1 (%2 of %3): %n statements so far</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%1; waiting %n seconds.</source>
        <translation>
            <numerusform>%1; waiting %n second.</numerusform>
            <numerusform>%1; waiting %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>twinatlas::WikidataDialog</name>
    <message numerus="yes">
        <location filename="../app/ui/wikidatadialog.cpp" line="+107"/>
        <source>%n twinning statements so far</source>
        <translation>
            <numerusform>%n twinning statement so far</numerusform>
            <numerusform>%n twinning statements so far</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1; trying again in %n seconds.</source>
        <translation>
            <numerusform>%1; trying again in %n second.</numerusform>
            <numerusform>%1; trying again in %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Finding %n places in the gazetteer…</source>
        <translation>
            <numerusform>Finding %n place in the gazetteer…</numerusform>
            <numerusform>Finding %n places in the gazetteer…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+256"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>%n new partnerships</source>
        <translation>
            <numerusform>%n new partnership</numerusform>
            <numerusform>%n new partnerships</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n confirmed</source>
        <translation>
            <numerusform>%n confirmed</numerusform>
            <numerusform>%n confirmed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n with changed dates</source>
        <translation>
            <numerusform>%n with changed dates</numerusform>
            <numerusform>%n with changed dates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n kept as in your atlas</source>
        <translation>
            <numerusform>%n kept as in your atlas</numerusform>
            <numerusform>%n kept as in your atlas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n no longer in Wikidata</source>
        <translation>
            <numerusform>%n no longer in Wikidata</numerusform>
            <numerusform>%n no longer in Wikidata</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>From %n twinning statements: %1.</source>
        <translation>
            <numerusform>From %n twinning statement: %1.</numerusform>
            <numerusform>From %n twinning statements: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n places new to the atlas are added at Wikidata&apos;s coordinates.</source>
        <translation>
            <numerusform>%n place new to the atlas is added at Wikidata&apos;s coordinates.</numerusform>
            <numerusform>%n places new to the atlas are added at Wikidata&apos;s coordinates.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n places could not be placed for sure: see Places; what you leave undecided is left out, and asked again next time.</source>
        <translation>
            <numerusform>%n place could not be placed for sure: see Places; what you leave undecided is left out, and asked again next time.</numerusform>
            <numerusform>%n places could not be placed for sure: see Places; what you leave undecided is left out, and asked again next time.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Places (%n to decide)</source>
        <translation>
            <numerusform>Places (%n to decide)</numerusform>
            <numerusform>Places (%n to decide)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
        <source>Added %n partnerships from Wikidata</source>
        <translation>
            <numerusform>Added %n partnership from Wikidata</numerusform>
            <numerusform>Added %n partnerships from Wikidata</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>twinatlas::WikidataFetch</name>
    <message numerus="yes">
        <location filename="../app/core/wikidata/wikidatafetch.cpp" line="+266"/>
        <source>%1 did not answer for %n seconds</source>
        <translation>
            <numerusform>%1 did not answer for %n second</numerusform>
            <numerusform>%1 did not answer for %n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
        <source>%1 is busy and asks to wait %n minutes; try again later.</source>
        <translation>
            <numerusform>%1 is busy and asks to wait %n minute; try again later.</numerusform>
            <numerusform>%1 is busy and asks to wait %n minutes; try again later.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+32"/>
        <source>%1 (tried %n times).</source>
        <translation>
            <numerusform>%1 (tried once).</numerusform>
            <numerusform>%1 (tried %n times).</numerusform>
        </translation>
    </message>
</context>
</TS>
