<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AboutBox</name>
    <message>
        <location filename="../app/ui/aboutbox.cpp" line="+19"/>
        <source>&lt;h3&gt;Twinatlas %1&lt;/h3&gt;&lt;p&gt;A desktop atlas of sister cities and twin towns.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Twinatlas %1&lt;/h3&gt;&lt;p&gt;Un atlas de bureau des jumelages et des villes jumelées.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&lt;p&gt;Bundled data version %1: %2, %3, %4 and %5.</source>
        <translation>&lt;p&gt;Version des données fournies %1&#xa0;: %2, %3, %4 et %5.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln places</source>
        <translation>
            <numerusform>%Ln lieu</numerusform>
            <numerusform>%Ln lieux</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln partnerships</source>
        <translation>
            <numerusform>%Ln jumelage</numerusform>
            <numerusform>%Ln jumelages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln events</source>
        <translation>
            <numerusform>%Ln événement</numerusform>
            <numerusform>%Ln événements</numerusform>
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
    <message>
        <location line="-8"/>
        <location line="+10"/>
        <source>&lt;p&gt;The bundled data cannot be read: %1</source>
        <translation>&lt;p&gt;Les données fournies ne peuvent pas être lues&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your atlas: data version %1.</source>
        <translation>Votre atlas&#xa0;: version des données %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;p&gt;Twinatlas is free software under the &lt;a href=&quot;https://www.gnu.org/licenses/gpl-3.0.html&quot;&gt;GNU General Public License, version 3 or later&lt;/a&gt;.&lt;/p&gt;&lt;p&gt;Places and their names: &lt;a href=&quot;https://www.geonames.org/&quot;&gt;GeoNames&lt;/a&gt;, licensed under &lt;a href=&quot;https://creativecommons.org/licenses/by/4.0/&quot;&gt;CC BY 4.0&lt;/a&gt;.&lt;br&gt;Land and borders: &lt;a href=&quot;https://www.naturalearthdata.com/&quot;&gt;Natural Earth&lt;/a&gt;, in the public domain.&lt;br&gt;Partnerships: collected by hand from the sources the detail pane lists for each.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Twinatlas est un logiciel libre sous la &lt;a href=&quot;https://www.gnu.org/licenses/gpl-3.0.html&quot;&gt;licence publique générale GNU, version 3 ou ultérieure&lt;/a&gt;.&lt;/p&gt;&lt;p&gt;Lieux et leurs noms&#xa0;: &lt;a href=&quot;https://www.geonames.org/&quot;&gt;GeoNames&lt;/a&gt;, sous licence &lt;a href=&quot;https://creativecommons.org/licenses/by/4.0/&quot;&gt;CC BY 4.0&lt;/a&gt;.&lt;br&gt;Terres et frontières&#xa0;: &lt;a href=&quot;https://www.naturalearthdata.com/&quot;&gt;Natural Earth&lt;/a&gt;, dans le domaine public.&lt;br&gt;Jumelages&#xa0;: rassemblés à la main à partir des sources que le panneau de détails indique pour chacun.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&lt;p&gt;Built with &lt;a href=&quot;https://www.qt.io/&quot;&gt;Qt&lt;/a&gt; %1, used under the &lt;a href=&quot;https://www.gnu.org/licenses/lgpl-3.0.html&quot;&gt;GNU Lesser General Public License, version 3&lt;/a&gt; (Help ▸ About Qt); &lt;a href=&quot;https://geographiclib.sourceforge.io/&quot;&gt;GeographicLib&lt;/a&gt; (MIT licence) for distances; country names from &lt;a href=&quot;https://salsa.debian.org/iso-codes-team/iso-codes&quot;&gt;iso-codes&lt;/a&gt; (LGPL 2.1 or later).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Réalisé avec &lt;a href=&quot;https://www.qt.io/&quot;&gt;Qt&lt;/a&gt; %1, utilisé sous la &lt;a href=&quot;https://www.gnu.org/licenses/lgpl-3.0.html&quot;&gt;licence publique générale limitée GNU, version 3&lt;/a&gt; (Aide ▸ À propos de Qt)&#xa0;; &lt;a href=&quot;https://geographiclib.sourceforge.io/&quot;&gt;GeographicLib&lt;/a&gt; (licence MIT) pour les distances&#xa0;; noms des pays tirés d’&lt;a href=&quot;https://salsa.debian.org/iso-codes-team/iso-codes&quot;&gt;iso-codes&lt;/a&gt; (LGPL 2.1 ou ultérieure).&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>About Twinatlas</source>
        <translation>À propos de Twinatlas</translation>
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
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+52"/>
        <source>%n non-empty lines</source>
        <translation>
            <numerusform>%n ligne non vide</numerusform>
            <numerusform>%n lignes non vides</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n NMEA sentences read</source>
        <translation>
            <numerusform>%n phrase NMEA lue</numerusform>
            <numerusform>%n phrases NMEA lues</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n valid fixes</source>
        <translation>
            <numerusform>%n position valide</numerusform>
            <numerusform>%n positions valides</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n lines skipped as garbled or with a wrong checksum</source>
        <translation>
            <numerusform>%n ligne ignorée, illisible ou de somme de contrôle erronée</numerusform>
            <numerusform>%n lignes ignorées, illisibles ou de somme de contrôle erronée</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PartnershipText</name>
    <message>
        <location filename="../app/models/partnershiptext.cpp" line="+13"/>
        <source>Twin town</source>
        <translation>Ville jumelée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sister city</source>
        <translation>Ville sœur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Partner town</source>
        <translation>Ville partenaire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Friendship city</source>
        <translation>Ville amie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cooperation agreement</source>
        <translation>Accord de coopération</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+15"/>
        <source>Suspended</source>
        <translation>Suspendu</translation>
    </message>
    <message>
        <location line="-13"/>
        <location line="+17"/>
        <source>Ended</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Proposed</source>
        <translation>Proposé</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Signed</source>
        <translation>Signé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Renewed</source>
        <translation>Renouvelé</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Resumed</source>
        <translation>Repris</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delegation</source>
        <translation>Délégation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exchange</source>
        <translation>Échange</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Anniversary</source>
        <translation>Anniversaire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note</source>
        <translation>Note</translation>
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
        <translation>depuis %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>from %1</source>
        <translation>à partir de %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>until %1</source>
        <translation>jusqu’à %1</translation>
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
        <translation>%1° O</translation>
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
        <translation>Équirectangulaire</translation>
    </message>
    <message>
        <location filename="../app/core/geo/orthographicprojection.cpp" line="+29"/>
        <source>Globe (orthographic)</source>
        <translation>Globe (orthographique)</translation>
    </message>
    <message>
        <location filename="../app/core/geo/azimuthalequidistantprojection.cpp" line="+30"/>
        <source>Azimuthal equidistant</source>
        <translation>Azimutale équidistante</translation>
    </message>
</context>
<context>
    <name>SourceLinks</name>
    <message>
        <location filename="../app/ui/sourcelinks.cpp" line="+30"/>
        <source>%1, retrieved %2</source>
        <extracomment>A web source and the day it was read: &quot;Wikidata: Toruń …, retrieved 2 May 2026&quot;.</extracomment>
        <translation>%1, consulté le %2</translation>
    </message>
</context>
<context>
    <name>StartupUpgrade</name>
    <message>
        <location filename="../app/ui/startupupgrade.cpp" line="+24"/>
        <source>Bringing the new atlas data into your atlas…</source>
        <translation>Intégration des nouvelles données dans votre atlas…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Twinatlas</source>
        <translation>Twinatlas</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The atlas data was not updated</source>
        <translation>Les données de l’atlas n’ont pas été mises à jour</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Atlas data</source>
        <translation>Données de l’atlas</translation>
    </message>
</context>
<context>
    <name>twinatlas::AddEventCommand</name>
    <message>
        <location filename="../app/commands/addeventcommand.cpp" line="+11"/>
        <source>Add event to %1</source>
        <translation>Ajouter un événement à %1</translation>
    </message>
</context>
<context>
    <name>twinatlas::AddPartnershipCommand</name>
    <message>
        <location filename="../app/commands/addpartnershipcommand.cpp" line="+11"/>
        <source>Add partnership %1</source>
        <translation>Ajouter le jumelage %1</translation>
    </message>
</context>
<context>
    <name>twinatlas::AddPlaceCommand</name>
    <message>
        <location filename="../app/commands/addplacecommand.cpp" line="+7"/>
        <source>Add place %1</source>
        <translation>Ajouter le lieu %1</translation>
    </message>
</context>
<context>
    <name>twinatlas::Application</name>
    <message>
        <location filename="../app/ui/application.cpp" line="+68"/>
        <source>--select: no place is called “%1”.</source>
        <translation>--select&#xa0;: aucun lieu ne s’appelle «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>--partner: %1 has no partner called “%2”.</source>
        <translation>--partner&#xa0;: %1 n’a pas de partenaire nommé «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Open this atlas file instead of your own copy.</source>
        <translation>Ouvrir ce fichier d’atlas au lieu de votre propre copie.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>FILE</source>
        <extracomment>The value of --database in --help: a file name.</extracomment>
        <translation>FICHIER</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start with this place selected (for screenshots).</source>
        <translation>Démarrer avec ce lieu sélectionné (pour les captures d’écran).</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+3"/>
        <source>NAME</source>
        <extracomment>The value of --select and --partner in --help: a place name.</extracomment>
        <translation>NOM</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>With --select, also show the history of the partnership with this partner.</source>
        <translation>Avec --select, afficher aussi l’historique du jumelage avec ce partenaire.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A desktop atlas of sister cities and twin towns.
Without options, opens your own copy of the atlas.
Commands (each with --help):</source>
        <translation>Un atlas de bureau des jumelages et des villes jumelées.
Sans option, ouvre votre propre copie de l’atlas.
Commandes (chacune avec --help)&#xa0;:</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>unknown option “%1”.</source>
        <translation>option «&#xa0;%1&#xa0;» inconnue.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unexpected argument “%1”.</source>
        <translation>argument inattendu «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The commands are:</source>
        <translation>Les commandes sont&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>twinatlas --help lists the options of the atlas window.</source>
        <translation>twinatlas --help liste les options de la fenêtre de l’atlas.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>%1 was not opened.</source>
        <translation>%1 n’a pas été ouvert.</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Cannot set up your atlas</source>
        <translation>Impossible de préparer votre atlas</translation>
    </message>
</context>
<context>
    <name>twinatlas::AtlasBackup</name>
    <message>
        <location filename="../app/core/db/atlasbackup.cpp" line="+44"/>
        <source>Cannot create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>it cannot be moved into place</source>
        <translation>elle ne peut pas être mise en place</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the atlas to be copied is corrupt: %1</source>
        <translation>l’atlas à copier est endommagé&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot write the copy %1: %2</source>
        <translation>Impossible d’écrire la copie %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>No atlas is open.</source>
        <translation>Aucun atlas n’est ouvert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A backup cannot replace the atlas itself.</source>
        <translation>Une sauvegarde ne peut pas remplacer l’atlas lui-même.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The atlas is not open for changes, so it cannot be restored.</source>
        <translation>L’atlas n’est pas ouvert en écriture&#xa0;; il ne peut donc pas être restauré.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+7"/>
        <location line="+5"/>
        <source>%1 cannot be restored: %2</source>
        <translation>Impossible de restaurer %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The atlas as it is could not be kept before the restore, so nothing was changed: %1</source>
        <translation>L’atlas tel qu’il est n’a pas pu être conservé avant la restauration&#xa0;; rien n’a été modifié&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The restore failed, and the atlas is as it was: %1</source>
        <translation>La restauration a échoué&#xa0;; l’atlas est inchangé&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>twinatlas::AtlasCheck</name>
    <message>
        <location filename="../app/core/db/atlascheck.cpp" line="+52"/>
        <location line="+51"/>
        <location line="+12"/>
        <source>SQLite stopped checking: %1</source>
        <translation>SQLite a interrompu la vérification&#xa0;: %1</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>table %1: %2</source>
        <translation>table %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>table %1: row %2 refers to a row of %3 that is not there</source>
        <translation>table %1&#xa0;: la ligne %2 renvoie à une ligne de %3 qui n’existe pas</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>table meta: the atlas does not say which data it holds (data_version)</source>
        <translation>table meta&#xa0;: l’atlas ne dit pas quelles données il contient (data_version)</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>table search_keys: %n place(s) cannot be found by name</source>
        <translation>
            <numerusform>table search_keys&#xa0;: %n lieu est introuvable par son nom</numerusform>
            <numerusform>table search_keys&#xa0;: %n lieux sont introuvables par leur nom</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>table checklist: %n postcard(s) of places that are not there</source>
        <translation>
            <numerusform>table checklist&#xa0;: %n carte postale de lieux qui n’existent pas</numerusform>
            <numerusform>table checklist&#xa0;: %n cartes postales de lieux qui n’existent pas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+33"/>
        <source>the atlas&apos;s own rules</source>
        <translation>les règles propres à l’atlas</translation>
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
        <translation>Le fichier d’atlas %1 est introuvable.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The atlas file %1 cannot be read: %2</source>
        <translation>Impossible de lire le fichier d’atlas %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it is a folder</source>
        <translation>c’est un dossier</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is not an atlas: it is not an SQLite database.</source>
        <translation>%1 n’est pas un atlas&#xa0;: ce n’est pas une base de données SQLite.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is not an atlas: it is an SQLite database of another program.</source>
        <translation>%1 n’est pas un atlas&#xa0;: c’est la base de données SQLite d’un autre programme.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The atlas file %1 was made by a newer Twinatlas (schema %2; this program understands up to %3). Update Twinatlas to open it.</source>
        <translation>Le fichier d’atlas %1 a été créé par une version plus récente de Twinatlas (schéma %2&#xa0;; ce programme comprend jusqu’au schéma %3). Mettez Twinatlas à jour pour l’ouvrir.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>%1 is not an atlas: its tables are missing (%2).</source>
        <translation>%1 n’est pas un atlas&#xa0;: ses tables sont absentes (%2).</translation>
    </message>
    <message>
        <location line="-173"/>
        <location line="+5"/>
        <source>the disk that holds it is read-only</source>
        <translation>le disque qui le contient est en lecture seule</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>the file is read-only (%1)</source>
        <translation>le fichier est en lecture seule (%1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>its folder %1 is read-only (%2), and SQLite writes its journal there</source>
        <translation>son dossier %1 est en lecture seule (%2), et SQLite y écrit son journal</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the disk that holds it is full</source>
        <translation>le disque qui le contient est plein</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>The atlas file %1 is damaged: its size does not match its page size (it may have been cut short).</source>
        <translation>Le fichier d’atlas %1 est endommagé&#xa0;: sa taille ne correspond pas à sa taille de page (il a peut-être été tronqué).</translation>
    </message>
    <message>
        <location line="+100"/>
        <location line="+70"/>
        <source>it %1</source>
        <translation>il %1</translation>
    </message>
    <message>
        <location line="-64"/>
        <source>The atlas file %1 cannot be changed: %2.</source>
        <translation>Le fichier d’atlas %1 ne peut pas être modifié&#xa0;: %2.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>The atlas file %1 cannot be read: its latest changes are in %2, which SQLite reads only where it may write beside the atlas, and %3.</source>
        <translation>Le fichier d’atlas %1 ne peut pas être lu&#xa0;: ses dernières modifications sont dans %2, que SQLite ne lit que là où il peut écrire à côté de l’atlas, et %3.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The atlas file %1 is of an older schema (%2) and was opened read-only, so it cannot be upgraded.</source>
        <translation>Le fichier d’atlas %1 est d’un schéma plus ancien (%2) et a été ouvert en lecture seule&#xa0;; il ne peut donc pas être mis à niveau.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The atlas file %1 could not be upgraded: %2</source>
        <translation>Le fichier d’atlas %1 n’a pas pu être mis à niveau&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+14"/>
        <source>The atlas is open read-only, so edits are off: %1.</source>
        <translation>L’atlas est ouvert en lecture seule, les modifications sont donc désactivées&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Another Twinatlas (process %1 on %2) is using this atlas, so it is open read-only here: you can look, but not change anything until the other window is closed.</source>
        <translation>Un autre Twinatlas (processus %1 sur %2) utilise cet atlas&#xa0;; il est donc ouvert ici en lecture seule&#xa0;: vous pouvez consulter, mais rien modifier tant que l’autre fenêtre n’est pas fermée.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>this computer</source>
        <translation>cet ordinateur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The atlas is open read-only: its lock file %1 cannot be written.</source>
        <translation>L’atlas est ouvert en lecture seule&#xa0;: son fichier de verrou %1 ne peut pas être écrit.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cannot create the atlas %1: the file exists.</source>
        <translation>Impossible de créer l’atlas %1&#xa0;: le fichier existe déjà.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot create the atlas %1: %2</source>
        <translation>Impossible de créer l’atlas %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The atlas file %1 is damaged: %2</source>
        <translation>Le fichier d’atlas %1 est endommagé&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>twinatlas::AtlasEditing</name>
    <message>
        <location filename="../app/ui/atlasediting.cpp" line="+53"/>
        <source>Editing</source>
        <translation>Modification</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The atlas as opened</source>
        <translation>L’atlas à l’ouverture</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Add partnership…</source>
        <translation>Ajouter un jumelage…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correct…</source>
        <translation>Corriger…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add event…</source>
        <translation>Nouvel événement…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot undo or redo</source>
        <translation>Impossible d’annuler ou de rétablir</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Postcards</source>
        <translation>Cartes postales</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo history</source>
        <translation>Historique des modifications</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>P&amp;ostcards</source>
        <translation>Cartes p&amp;ostales</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Undo history</source>
        <translation>&amp;Historique des modifications</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Read-only</source>
        <translation>Lecture seule</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This atlas can be read but not changed now.</source>
        <translation>Cet atlas peut être consulté, mais pas modifié pour l’instant.</translation>
    </message>
</context>
<context>
    <name>twinatlas::AtlasEdits</name>
    <message>
        <location filename="../app/commands/atlasedits.cpp" line="+147"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
</context>
<context>
    <name>twinatlas::AtlasHealth</name>
    <message>
        <location filename="../app/ui/atlashealth.cpp" line="+83"/>
        <source>The atlas file %1 is damaged: SQLite&apos;s check found %2</source>
        <translation>Le fichier d’atlas %1 est endommagé&#xa0;: la vérification de SQLite a trouvé %2</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The atlas is damaged</source>
        <translation>L’atlas est endommagé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The atlas could not be read</source>
        <translation>L’atlas n’a pas pu être lu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your atlas is damaged: what the window shows may be incomplete, and edits are off so that nothing is written onto the damaged pages.</source>
        <translation>Votre atlas est endommagé&#xa0;: ce que montre la fenêtre peut être incomplet, et les modifications sont désactivées pour que rien ne soit écrit sur les pages endommagées.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A part of the atlas could not be read: what the window shows may be incomplete.</source>
        <translation>Une partie de l’atlas n’a pas pu être lue&#xa0;: ce que montre la fenêtre peut être incomplet.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose a &amp;way out…</source>
        <translation>Choisir une &amp;issue…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close the window and restore a backup, start again from the bundled atlas or open another file</source>
        <translation>Fermer la fenêtre et restaurer une sauvegarde, repartir de l’atlas fourni ou ouvrir un autre fichier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Keep looking</source>
        <translation>&amp;Continuer à consulter</translation>
    </message>
</context>
<context>
    <name>twinatlas::AtlasLocation</name>
    <message>
        <location filename="../app/core/db/atlaslocation.cpp" line="+63"/>
        <source>The bundled atlas %1 is missing; reinstall Twinatlas.</source>
        <translation>L’atlas fourni %1 est introuvable&#xa0;; réinstallez Twinatlas.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot create the folder %1 for your atlas.</source>
        <translation>Impossible de créer le dossier %1 pour votre atlas.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot copy the bundled atlas to %1: %2</source>
        <translation>Impossible de copier l’atlas fourni vers %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot move your new atlas into place at %1.</source>
        <translation>Impossible de mettre votre nouvel atlas en place dans %1.</translation>
    </message>
</context>
<context>
    <name>twinatlas::AtlasMerge</name>
    <message>
        <location filename="../app/core/db/atlasmerge.cpp" line="+45"/>
        <source>the atlas %1 (in: %2)</source>
        <translation>l’atlas %1 (dans&#xa0;: %2)</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>The search index could not be read.</source>
        <translation>L’index de recherche n’a pas pu être lu.</translation>
    </message>
    <message>
        <location line="+383"/>
        <source>The partnership %1 is kept: your events belong to it.</source>
        <translation>Le jumelage %1 est conservé&#xa0;: vos événements s’y rapportent.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1 (%2) is kept: your partnerships or checklist use it.</source>
        <translation>%1 (%2) est conservé&#xa0;: vos jumelages ou votre liste l’utilisent.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The source “%1” is kept: your entries cite it.</source>
        <translation>La source «&#xa0;%1&#xa0;» est conservée&#xa0;: vos entrées la citent.</translation>
    </message>
</context>
<context>
    <name>twinatlas::AtlasRescue</name>
    <message>
        <location filename="../app/core/db/atlasrescue.cpp" line="+37"/>
        <source>The new atlas cannot be moved into place at %1.</source>
        <translation>Le nouvel atlas ne peut pas être mis en place à %1.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>%1 cannot be set aside as %2; nothing was changed.</source>
        <translation>%1 ne peut pas être mis de côté sous le nom %2&#xa0;; rien n’a été modifié.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The backup %1 cannot be restored: %2</source>
        <translation>La sauvegarde %1 ne peut pas être restaurée&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The bundled atlas %1 cannot be copied to %2: %3</source>
        <translation>L’atlas fourni %1 ne peut pas être copié vers %2&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>twinatlas::AtlasRescueDialog</name>
    <message>
        <location filename="../app/ui/atlasrescuedialog.cpp" line="+38"/>
        <source>Open an atlas</source>
        <translation>Ouvrir un atlas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Atlas files (*.sqlite);;All files (*)</source>
        <translation>Fichiers d’atlas (*.sqlite);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot open the atlas</source>
        <translation>Impossible d’ouvrir l’atlas</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Your atlas cannot be opened.</source>
        <translation>Votre atlas ne peut pas être ouvert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The atlas cannot be opened.</source>
        <translation>L’atlas ne peut pas être ouvert.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Nothing has been changed or deleted. How do you want to go on?</source>
        <translation>Rien n’a été modifié ni supprimé. Comment voulez-vous continuer&#xa0;?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Restore a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Restore this backup</source>
        <translation>&amp;Restaurer cette sauvegarde</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There are no backups of this atlas.</source>
        <translation>Il n’y a aucune sauvegarde de cet atlas.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Start again from the bundled atlas</source>
        <translation>&amp;Repartir de l’atlas fourni</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start again</source>
        <translation>Repartir de zéro</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A new copy of the atlas that came with Twinatlas. The file that failed is kept beside it as %1.broken-DATE, with your changes in it.</source>
        <translation>Une nouvelle copie de l’atlas fourni avec Twinatlas. Le fichier qui a échoué est conservé à côté sous le nom %1.broken-DATE, avec vos modifications.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Open another file…</source>
        <translation>&amp;Ouvrir un autre fichier…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
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
        <translation>enregistrée par vous</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>kept before a restore</source>
        <translation>conservée avant une restauration</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>kept before the update to the data of %1</source>
        <translation>conservée avant la mise à jour vers les données %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>kept before its format was upgraded</source>
        <translation>conservée avant la mise à niveau de son format</translation>
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
        <translation>Lecture seule</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Damaged: read-only</source>
        <translation>Endommagé&#xa0;: lecture seule</translation>
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
            <numerusform>Lieux&#xa0;: %Ln</numerusform>
            <numerusform>Lieux&#xa0;: %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Partnerships: %Ln</source>
        <comment>shown on the map</comment>
        <translation>
            <numerusform>Jumelages&#xa0;: %Ln</numerusform>
            <numerusform>Jumelages&#xa0;: %Ln</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>twinatlas::AtlasUpgrader</name>
    <message>
        <location filename="../app/core/db/atlasupgrader.cpp" line="+109"/>
        <source>The atlas was not updated to the new data: %1</source>
        <translation>L’atlas n’a pas été mis à jour avec les nouvelles données&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cannot read the new data %1: it %2.</source>
        <translation>Impossible de lire les nouvelles données %1&#xa0;: le fichier %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+8"/>
        <source>the atlas %1</source>
        <translation>l’atlas %1</translation>
    </message>
</context>
<context>
    <name>twinatlas::AtlasWriter</name>
    <message>
        <location filename="../app/core/edit/atlaswriter.cpp" line="+35"/>
        <source>No atlas is open.</source>
        <translation>Aucun atlas n’est ouvert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The atlas is open read-only; it cannot be changed.</source>
        <translation>L’atlas est ouvert en lecture seule&#xa0;; il ne peut pas être modifié.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The atlas cannot be changed now: it %1.</source>
        <translation>L’atlas ne peut pas être modifié maintenant&#xa0;: il %1.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The change could not be saved: the atlas %1.</source>
        <translation>La modification n’a pas pu être enregistrée&#xa0;: l’atlas %1.</translation>
    </message>
</context>
<context>
    <name>twinatlas::Attribution</name>
    <message numerus="yes">
        <location filename="../app/core/export/attribution.cpp" line="+111"/>
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 et %n autre</numerusform>
            <numerusform>%1 et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Twinatlas bundled data</source>
        <translation>Données fournies avec Twinatlas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Map data: Natural Earth. Places: GeoNames (CC BY 4.0). Partnerships: %1.</source>
        <translation>Données cartographiques&#xa0;: Natural Earth. Lieux&#xa0;: GeoNames (CC BY 4.0). Jumelages&#xa0;: %1.</translation>
    </message>
</context>
<context>
    <name>twinatlas::BackupActions</name>
    <message>
        <location filename="../app/ui/backupactions.cpp" line="+23"/>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Back up atlas…</source>
        <translation>&amp;Sauvegarder l’atlas…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Restaurer une sauvegarde…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save a copy of the atlas with all your changes</source>
        <translation>Enregistrer une copie de l’atlas avec toutes vos modifications</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replace the atlas with a copy saved earlier</source>
        <translation>Remplacer l’atlas par une copie enregistrée plus tôt</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Back up atlas</source>
        <translation>Sauvegarder l’atlas</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+11"/>
        <source>Atlas files (*.sqlite)</source>
        <translation>Fichiers d’atlas (*.sqlite)</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Cannot back up the atlas</source>
        <translation>Impossible de sauvegarder l’atlas</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+10"/>
        <source>Restore from backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Replace the atlas with the backup “%1” of %2? Everything changed since then is replaced, and the undo history is cleared. A copy of the atlas as it is now is kept first.</source>
        <translation>Remplacer l’atlas par la sauvegarde «&#xa0;%1&#xa0;» du %2&#xa0;? Tout ce qui a changé depuis est remplacé, et l’historique des modifications est effacé. Une copie de l’atlas dans son état actuel est d’abord conservée.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot restore the atlas</source>
        <translation>Impossible de restaurer l’atlas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Atlas restored</source>
        <translation>Atlas restauré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The atlas is as it was in the backup. The atlas as it was before is kept in %1.</source>
        <translation>L’atlas est tel qu’il était dans la sauvegarde. L’atlas précédent est conservé dans %1.</translation>
    </message>
</context>
<context>
    <name>twinatlas::BaseMap</name>
    <message>
        <location filename="../app/core/render/basemap.cpp" line="+71"/>
        <source>The base map %1 does not exist.</source>
        <translation>Le fond de carte %1 n’existe pas.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+50"/>
        <source>Cannot open the base map %1: %2</source>
        <translation>Impossible d’ouvrir le fond de carte %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="-42"/>
        <location line="+53"/>
        <location line="+14"/>
        <source>The base map %1 cannot be read: it %2.</source>
        <translation>La carte de fond %1 ne peut pas être lue&#xa0;: le fichier %2.</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>%1 is not a Twinatlas base map: %2</source>
        <translation>%1 n’est pas un fond de carte Twinatlas&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>twinatlas::CheckCommand</name>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="+31"/>
        <source>Checks the atlas without changing it: every page and index (SQLite&apos;s integrity_check), the references between rows (foreign_key_check) and the atlas&apos;s own rules. Prints each problem; exits 0 when there is none, 2 when the atlas is damaged or cannot be read.</source>
        <translation>Vérifie l’atlas sans le modifier&#xa0;: chaque page et chaque index (integrity_check de SQLite), les renvois entre lignes (foreign_key_check) et les règles propres à l’atlas. Affiche chaque problème&#xa0;; se termine avec 0 s’il n’y en a aucun, avec 2 si l’atlas est endommagé ou illisible.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The atlas file to check.</source>
        <translation>Le fichier d’atlas à vérifier.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>unexpected argument “%1”.</source>
        <translation>argument inattendu «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: no problems found (%2).</source>
        <translation>%1&#xa0;: aucun problème trouvé (%2).</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>The atlas file %1 is damaged: %n problem(s), listed above.</source>
        <translation>
            <numerusform>Le fichier d’atlas %1 est endommagé&#xa0;: %n problème, listé ci-dessus.</numerusform>
            <numerusform>Le fichier d’atlas %1 est endommagé&#xa0;: %n problèmes, listés ci-dessus.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>twinatlas::ChecklistCsvWriter</name>
    <message>
        <location filename="../app/core/edit/checklistcsvwriter.cpp" line="+27"/>
        <source>Received</source>
        <translation>Reçue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wanted</source>
        <translation>Recherchée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not yet</source>
        <translation>Pas encore</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Card</source>
        <translation>Carte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received on</source>
        <translation>Reçue le</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Partner id</source>
        <translation>Identifiant du partenaire</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>twinatlas::ChecklistEntryCommand</name>
    <message>
        <location filename="../app/commands/checklistentrycommand.cpp" line="+24"/>
        <source>Card from %1 received</source>
        <translation>Carte de %1 reçue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Card from %1 wanted</source>
        <translation>Carte de %1 recherchée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Card from %1 not yet collected</source>
        <translation>Carte de %1 pas encore obtenue</translation>
    </message>
</context>
<context>
    <name>twinatlas::ChecklistModel</name>
    <message>
        <location filename="../app/models/checklistmodel.cpp" line="+39"/>
        <source>Received</source>
        <translation>Reçue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wanted</source>
        <translation>Recherchée</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not yet</source>
        <translation>Pas encore</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Card</source>
        <extracomment>Column of the postcard checklist: whether the postcard from this partner came.</extracomment>
        <translation>Carte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Received on</source>
        <translation>Reçue le</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>twinatlas::ChecklistPane</name>
    <message>
        <location filename="../app/ui/checklistpane.cpp" line="+61"/>
        <source>&amp;Received</source>
        <translation>&amp;Reçue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Wanted</source>
        <translation>Re&amp;cherchée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Not yet</source>
        <translation>&amp;Pas encore</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export as CSV…</source>
        <translation>&amp;Exporter en CSV…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a place to keep a checklist of postcards from its partner towns.</source>
        <translation>Choisissez un lieu pour tenir une liste des cartes postales de ses villes jumelées.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The sender, what the card shows</source>
        <translation>L’expéditeur, ce que montre la carte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The card from this partner has come, on the date given</source>
        <translation>La carte de ce partenaire est arrivée, à la date indiquée</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Received &amp;on:</source>
        <translation>Reçue &amp;le&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;ote:</source>
        <translation>N&amp;ote&#xa0;:</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>%1 has no partners to collect cards from yet.</source>
        <translation>%1 n’a pas encore de partenaires dont collectionner des cartes.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postcards from the partners of %1</source>
        <translation>Cartes postales des villes jumelées avec %1</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 of %n twins</source>
        <comment>cards received, of all partners</comment>
        <translation>
            <numerusform>%1 sur %n ville jumelée</numerusform>
            <numerusform>%1 sur %n villes jumelées</numerusform>
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
            <numerusform>%n recherchée</numerusform>
            <numerusform>%n recherchées</numerusform>
        </translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Cannot change the checklist</source>
        <translation>Impossible de modifier la liste</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Postcards of %1.csv</source>
        <translation>Cartes postales de %1.csv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the checklist</source>
        <translation>Exporter la liste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot export the checklist</source>
        <translation>Impossible d’exporter la liste</translation>
    </message>
</context>
<context>
    <name>twinatlas::CityListPane</name>
    <message>
        <location filename="../app/ui/citylistpane.cpp" line="+74"/>
        <source>Find a place</source>
        <translation>Chercher un lieu</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Search all places (Ctrl+F)</source>
        <translation>Chercher dans tous les lieux (Ctrl+F)</translation>
    </message>
    <message numerus="yes">
        <location line="+148"/>
        <source>Places with partners: %Ln</source>
        <translation>
            <numerusform>Lieux avec partenaires&#xa0;: %Ln</numerusform>
            <numerusform>Lieux avec partenaires&#xa0;: %Ln</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No place is called “%1”.</source>
        <translation>Aucun lieu ne s’appelle «&#xa0;%1&#xa0;».</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The first %n matches; type more to narrow them down.</source>
        <translation>
            <numerusform>Le premier résultat&#xa0;; tapez la suite pour affiner.</numerusform>
            <numerusform>Les %n premiers résultats&#xa0;; tapez la suite pour affiner.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Matches: %n</source>
        <translation>
            <numerusform>Résultats&#xa0;: %n</numerusform>
            <numerusform>Résultats&#xa0;: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>twinatlas::ColumnMapping</name>
    <message>
        <location filename="../app/core/io/columnmapping.cpp" line="+236"/>
        <source>No column holds the place: map one column to “place”.</source>
        <translation>Aucune colonne ne contient le lieu&#xa0;: associez une colonne au champ «&#xa0;place&#xa0;».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No column holds the partner: map one column to “partner”, or to “partners” when one cell lists all the twins of the place.</source>
        <translation>Aucune colonne ne contient le partenaire&#xa0;: associez une colonne au champ «&#xa0;partner&#xa0;», ou à «&#xa0;partners&#xa0;» quand une cellule énumère toutes les villes jumelées du lieu.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A latitude column needs its longitude column, and the other way round.</source>
        <translation>Une colonne de latitude demande sa colonne de longitude, et inversement.</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>unknown field “%1” in the column mapping; fields are: %2</source>
        <translation>champ «&#xa0;%1&#xa0;» inconnu dans l’association des colonnes&#xa0;; les champs sont&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>no column “%1” for %2; the columns are: %3</source>
        <translation>pas de colonne «&#xa0;%1&#xa0;» pour %2&#xa0;; les colonnes sont&#xa0;: %3</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>(ignore)</source>
        <translation>(ignorer)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place: country</source>
        <translation>Lieu&#xa0;: pays</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place: region</source>
        <translation>Lieu&#xa0;: région</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place: latitude</source>
        <translation>Lieu&#xa0;: latitude</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place: longitude</source>
        <translation>Lieu&#xa0;: longitude</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place: coordinates</source>
        <translation>Lieu&#xa0;: coordonnées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place: GeoNames id</source>
        <translation>Lieu&#xa0;: identifiant GeoNames</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partner: country</source>
        <translation>Partenaire&#xa0;: pays</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partner: region</source>
        <translation>Partenaire&#xa0;: région</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partner: latitude</source>
        <translation>Partenaire&#xa0;: latitude</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partner: longitude</source>
        <translation>Partenaire&#xa0;: longitude</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partner: coordinates</source>
        <translation>Partenaire&#xa0;: coordonnées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partner: GeoNames id</source>
        <translation>Partenaire&#xa0;: identifiant GeoNames</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partners (a list in one cell)</source>
        <translation>Partenaires (une liste dans une cellule)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source URL</source>
        <translation>URL de la source</translation>
    </message>
</context>
<context>
    <name>twinatlas::CommandLine</name>
    <message>
        <location filename="../app/cli/commandline.cpp" line="+36"/>
        <source>a place&apos;s partnerships, or the atlas&apos;s figures</source>
        <translation>les jumelages d’un lieu, ou les chiffres de l’atlas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the place nearest to a position or a GPS log</source>
        <translation>le lieu le plus proche d’une position ou d’un journal GPS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a map as PNG, SVG or PDF</source>
        <translation>une carte en PNG, SVG ou PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the partnerships as CSV, GeoJSON or KML</source>
        <translation>les jumelages en CSV, GeoJSON ou KML</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>partnerships from a list into the atlas</source>
        <translation>des jumelages d’une liste dans l’atlas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the atlas file checked for damage, page by page</source>
        <translation>le fichier de l’atlas vérifié page par page</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>partnerships from Wikidata, and what changed there</source>
        <translation>les partenariats de Wikidata, et ce qui y a changé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a team atlas on a PostgreSQL server set up, and its members</source>
        <translation>un atlas d’équipe sur un serveur PostgreSQL mis en place, et ses membres</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this atlas and a team atlas brought level</source>
        <translation>cet atlas et un atlas d’équipe mis à niveau</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>twinatlas: unknown command “%1”. The commands are:</source>
        <translation>twinatlas&#xa0;: commande «&#xa0;%1&#xa0;» inconnue. Les commandes sont&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Each command says more with --help; twinatlas without a command opens the atlas window.</source>
        <translation>Chaque commande en dit plus avec --help&#xa0;; twinatlas sans commande ouvre la fenêtre de l’atlas.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>the atlas is read-only.</source>
        <translation>l’atlas est en lecture seule.</translation>
    </message>
</context>
<context>
    <name>twinatlas::DateField</name>
    <message>
        <location filename="../app/ui/datefield.cpp" line="+17"/>
        <source>YYYY, YYYY-MM or YYYY-MM-DD</source>
        <translation>AAAA, AAAA-MM ou AAAA-MM-JJ</translation>
    </message>
</context>
<context>
    <name>twinatlas::DetailPane</name>
    <message>
        <location filename="../app/ui/detailpane.cpp" line="+125"/>
        <source>Partners</source>
        <translation>Partenaires</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Choose a partner to see the history of the partnership.</source>
        <translation>Choisissez un partenaire pour voir l’historique du jumelage.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>This place is not in the atlas.</source>
        <translation>Ce lieu n’est pas dans l’atlas.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Also called %1</source>
        <comment>the place&apos;s other name: Galway is also called Gaillimh</comment>
        <translation>Autre nom : %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Also written %1</source>
        <translation>Aussi écrit %1</translation>
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
        <translation>Population&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Population unknown</source>
        <translation>Population inconnue</translation>
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
        <translation>Aucun partenaire dans l’atlas</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Partners (%n)</source>
        <translation>
            <numerusform>Partenaire (%n)</numerusform>
            <numerusform>Partenaires (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+11"/>
        <source>History</source>
        <translation>Historique</translation>
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
        <translation>Wikidata ne mentionne plus ce jumelage (constaté le %1). S’il a pris fin, modifiez-le ou supprimez-le.</translation>
    </message>
</context>
<context>
    <name>twinatlas::DetailStartPage</name>
    <message>
        <location filename="../app/ui/detailstartpage.cpp" line="+34"/>
        <source>Type a town’s name in the Places list, in any spelling or language.</source>
        <translation>Saisissez le nom d’une ville dans la liste « Lieux », dans n’importe quelle graphie ou langue.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find a town</source>
        <translation>Chercher une ville</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The atlas comes with a few towns’ partnerships. Wikidata knows those of thousands more, all over the world.</source>
        <translation>L’atlas contient les jumelages de quelques villes. Wikidata connaît ceux de milliers d’autres, dans le monde entier.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Get partnerships from Wikidata…</source>
        <translation>Obtenir les jumelages depuis Wikidata…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>See a town’s partners</source>
        <translation>Voir les villes jumelles d’une ville</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Or click a dot on the map: each dot is a town with partners, each line a partnership. Hover over one to see its name.</source>
        <translation>Ou cliquez sur un point de la carte : chaque point est une ville jumelée, chaque ligne un jumelage. Survolez-en un pour voir son nom.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Its partners and the history of each partnership appear here.</source>
        <translation>Ses partenaires et l’histoire de chaque jumelage s’affichent ici.</translation>
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
        <translation>&amp;Ajouter un jumelage…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add partnership</source>
        <translation>Ajouter un jumelage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a partnership between two places (Ctrl+Shift+N)</source>
        <translation>Ajouter un jumelage entre deux lieux (Ctrl+Maj+N)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit partnership…</source>
        <translation>&amp;Modifier le jumelage…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;nd partnership…</source>
        <translation>&amp;Mettre fin au jumelage…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Suspend partnership…</source>
        <translation>&amp;Suspendre le jumelage…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Res&amp;ume partnership…</source>
        <translation>Re&amp;prendre le jumelage…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rene&amp;w partnership…</source>
        <translation>Reno&amp;uveler le jumelage…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>End, suspend, resume or renew the partnership; the event is added to its history</source>
        <translation>Mettre fin au jumelage, le suspendre, le reprendre ou le renouveler&#xa0;; l’événement est ajouté à son historique</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Remove partnership</source>
        <translation>Supp&amp;rimer le jumelage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add e&amp;vent…</source>
        <translation>Ajouter un é&amp;vénement…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a signing, a delegation, an exchange or another event to the history of the partnership</source>
        <translation>Ajouter une signature, une délégation, un échange ou un autre événement à l’historique du jumelage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add &amp;place…</source>
        <translation>Ajouter un &amp;lieu…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a place the gazetteer lacks, such as a district or a village</source>
        <translation>Ajouter un lieu absent du répertoire, comme un quartier ou un village</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add place</source>
        <translation>Ajouter un lieu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correct place…</source>
        <translation>Corriger le lieu…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correct the place&apos;s name, country or position</source>
        <translation>Corriger le nom, le pays ou la position du lieu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove place</source>
        <translation>Supprimer le lieu</translation>
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
        <translation>Impossible de supprimer le jumelage</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Cannot remove the event</source>
        <translation>Impossible de supprimer l’événement</translation>
    </message>
    <message numerus="yes">
        <location line="+90"/>
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 et %n autre</numerusform>
            <numerusform>%1 et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Removing %1 also removes its partnerships with %2, and their history. Remove the place and these partnerships?</source>
        <translation>Supprimer %1 supprime aussi ses jumelages avec %2, et leur historique. Supprimer le lieu et ces jumelages&#xa0;?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove %1</source>
        <translation>Supprimer %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot remove the place</source>
        <translation>Impossible de supprimer le lieu</translation>
    </message>
</context>
<context>
    <name>twinatlas::EditEventCommand</name>
    <message>
        <location filename="../app/commands/editeventcommand.cpp" line="+11"/>
        <source>Edit event of %1</source>
        <translation>Modifier un événement de %1</translation>
    </message>
</context>
<context>
    <name>twinatlas::EditPartnershipCommand</name>
    <message>
        <location filename="../app/commands/editpartnershipcommand.cpp" line="+11"/>
        <source>Edit partnership %1</source>
        <translation>Modifier le jumelage %1</translation>
    </message>
</context>
<context>
    <name>twinatlas::EditPlaceCommand</name>
    <message>
        <location filename="../app/commands/editplacecommand.cpp" line="+7"/>
        <source>Edit place %1</source>
        <translation>Modifier le lieu %1</translation>
    </message>
</context>
<context>
    <name>twinatlas::EditValidator</name>
    <message>
        <location filename="../app/core/edit/editvalidator.cpp" line="+54"/>
        <source>%1: “%2” is not one of %3.</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» ne fait pas partie de %3.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The atlas could not be read to check this change: the atlas %1.</source>
        <translation>L’atlas n’a pas pu être lu pour vérifier cette modification&#xa0;: l’atlas %1.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Identifier</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>GeoNames id</source>
        <translation>Identifiant GeoNames</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name in Latin letters</source>
        <translation>Nom en lettres latines</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Longitude</source>
        <translation>Longitude</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latitude</source>
        <translation>Latitude</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Population</source>
        <translation>Population</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+16"/>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location line="-15"/>
        <location line="+17"/>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start date</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End date</source>
        <translation>Date de fin</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Partnership</source>
        <translation>Jumelage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Web address</source>
        <translation>Adresse web</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Card</source>
        <translation>Carte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Received on</source>
        <translation>Reçue le</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: a date is needed (YYYY, YYYY-MM or YYYY-MM-DD).</source>
        <translation>%1&#xa0;: une date est nécessaire (AAAA, AAAA-MM ou AAAA-MM-JJ).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: “%2” is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD.</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» n’est pas une date de la forme AAAA, AAAA-MM ou AAAA-MM-JJ.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: “%2” has no month %3.</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» n’a pas de mois %3.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: “%2” is not a day of the calendar.</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» n’est pas un jour du calendrier.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: %2 is before the start date %3.</source>
        <translation>%1&#xa0;: %2 est antérieur à la date de début %3.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: %2 is outside −180 to 180 degrees.</source>
        <translation>%1&#xa0;: %2 est hors de l’intervalle de −180 à 180 degrés.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: %2 is outside −90 to 90 degrees.</source>
        <translation>%1&#xa0;: %2 est hors de l’intervalle de −90 à 90 degrés.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: “%2” is not an http or https address.</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» n’est pas une adresse http ou https.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: give an http or https address, or the name of a document.</source>
        <translation>%1&#xa0;: indiquez une adresse http ou https, ou le nom d’un document.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1: a place needs a name.</source>
        <translation>%1&#xa0;: un lieu doit avoir un nom.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: “%2” is not a two-letter country code such as DE.</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» n’est pas un code de pays à deux lettres comme FR.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: cannot be negative.</source>
        <translation>%1&#xa0;: ne peut pas être négatif.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: must be a positive number.</source>
        <translation>%1&#xa0;: doit être un nombre positif.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: %2 is already the place %3.</source>
        <translation>%1&#xa0;: %2 est déjà le lieu %3.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: “%2” is already used by another place.</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» est déjà utilisé par un autre lieu.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: there is no source %2.</source>
        <translation>%1&#xa0;: il n’y a pas de source %2.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: an alternate name cannot be empty.</source>
        <translation>%1&#xa0;: un autre nom ne peut pas être vide.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+21"/>
        <source>%1: there is no place %2.</source>
        <translation>%1&#xa0;: il n’y a pas de lieu %2.</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>%1: %2 already has the name “%3”.</source>
        <translation>%1&#xa0;: %2 porte déjà le nom «&#xa0;%3&#xa0;».</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1: a place cannot be partnered with itself.</source>
        <translation>%1&#xa0;: un lieu ne peut pas être jumelé avec lui-même.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1: %2 and %3 already have a partnership of the kind “%4”.</source>
        <translation>%1&#xa0;: %2 et %3 ont déjà un jumelage du type «&#xa0;%4&#xa0;».</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: there is no partnership %2.</source>
        <translation>%1&#xa0;: il n’y a pas de jumelage %2.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: a source needs a title.</source>
        <translation>%1&#xa0;: une source doit avoir un titre.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: “%2” is already used by another source.</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» est déjà utilisé par une autre source.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: there is no place “%2”.</source>
        <translation>%1&#xa0;: il n’y a pas de lieu «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: a place is not its own partner.</source>
        <translation>%1&#xa0;: un lieu n’est pas son propre partenaire.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: only a card that has been received has a date.</source>
        <translation>%1&#xa0;: seule une carte reçue a une date.</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%1 cannot be removed while %n partnership(s) refer to it; remove them first.</source>
        <translation>
            <numerusform>%1 ne peut pas être supprimé tant que %n jumelage y fait référence&#xa0;; supprimez-le d’abord.</numerusform>
            <numerusform>%1 ne peut pas être supprimé tant que %n jumelages y font référence&#xa0;; supprimez-les d’abord.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>The source “%1” cannot be removed while %n row(s) cite it.</source>
        <translation>
            <numerusform>La source «&#xa0;%1&#xa0;» ne peut pas être supprimée tant que %n entrée la cite.</numerusform>
            <numerusform>La source «&#xa0;%1&#xa0;» ne peut pas être supprimée tant que %n entrées la citent.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>twinatlas::EventDialog</name>
    <message>
        <location filename="../app/ui/eventdialog.cpp" line="+38"/>
        <source>Add event</source>
        <translation>Ajouter un événement</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>What happened, who took part</source>
        <translation>Ce qui s’est passé, qui y a pris part</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Type:</source>
        <translation>&amp;Type&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Date:</source>
        <translation>&amp;Date&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;escription:</source>
        <translation>D&amp;escription&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sources:</source>
        <translation>Sources&#xa0;:</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Edit event</source>
        <translation>Modifier l’événement</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>End partnership</source>
        <translation>Mettre fin au jumelage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Suspend partnership</source>
        <translation>Suspendre le jumelage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resume partnership</source>
        <translation>Reprendre le jumelage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Renew partnership</source>
        <translation>Renouveler le jumelage</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Date: the partnership began in %1; it cannot end before.</source>
        <translation>Date&#xa0;: le jumelage a commencé en %1&#xa0;; il ne peut pas finir avant.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type: choose one.</source>
        <translation>Type&#xa0;: choisissez-en un.</translation>
    </message>
</context>
<context>
    <name>twinatlas::ExportChoices</name>
    <message>
        <location filename="../app/ui/exportchoices.cpp" line="+95"/>
        <source>%1 and its partner towns</source>
        <comment>title of an exported map</comment>
        <translation>%1 et ses villes jumelles</translation>
    </message>
</context>
<context>
    <name>twinatlas::ExportCommand</name>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="+74"/>
        <source>Writes a map of the atlas, or of one place&apos;s partnerships, as PNG, SVG or PDF, and prints the path of the file written.</source>
        <translation>Écrit une carte de l’atlas, ou des jumelages d’un lieu, en PNG, SVG ou PDF, et affiche le chemin du fichier écrit.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file to write: .png, .svg or .pdf.</source>
        <translation>Le fichier à écrire&#xa0;: .png, .svg ou .pdf.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+37"/>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>The place whose partnerships to show (a name or a uid such as gn:2934246).</source>
        <translation>Le lieu dont montrer les jumelages (un nom ou un identifiant comme gn:2934246).</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+29"/>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>world, view (the map window&apos;s last view) or fit (the place and its partners). Default: fit with --place, else world.</source>
        <translation>world, view (la dernière vue de la fenêtre de carte) ou fit (le lieu et ses partenaires). Par défaut&#xa0;: fit avec --place, sinon world.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>EXTENT</source>
        <translation>ÉTENDUE</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>WIDTHxHEIGHT in pixels, newsletter (1200x800, the default) or social (1200x630).</source>
        <translation>LARGEURxHAUTEUR en pixels, newsletter (1200x800, par défaut) ou social (1200x630).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SIZE</source>
        <translation>TAILLE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a4 or a3, instead of --size.</source>
        <translation>a4 ou a3, au lieu de --size.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PAPER</source>
        <translation>PAPIER</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>landscape (default) or portrait, with --paper.</source>
        <translation>landscape (par défaut) ou portrait, avec --paper.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ORIENTATION</source>
        <translation>ORIENTATION</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resolution, 36 to 1200: 96 for pixel sizes and 300 for paper unless given.</source>
        <translation>Résolution, de 36 à 1200&#xa0;: 96 pour les tailles en pixels et 300 pour le papier, sauf indication contraire.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A title above the map.</source>
        <translation>Un titre au-dessus de la carte.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TITLE</source>
        <translation>TITRE</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A line under the title.</source>
        <translation>Une ligne sous le titre.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>TEXT</source>
        <translation>TEXTE</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>light (default), dark or print.</source>
        <translation>light (par défaut), dark ou print.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>THEME</source>
        <translation>THÈME</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One of: %1.</source>
        <translation>L’une de&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Leave the background unpainted (PNG, SVG).</source>
        <translation>Laisser le fond transparent (PNG, SVG).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The atlas file to read.</source>
        <translation>Le fichier d’atlas à lire.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>unexpected argument %1; give the place with --place.</source>
        <translation>argument inattendu %1&#xa0;; indiquez le lieu avec --place.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>give the file to write with --out FILE.png, .svg or .pdf.</source>
        <translation>indiquez le fichier à écrire avec --out FICHIER.png, .svg ou .pdf.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot tell the format of %1: the name must end in .png, .svg or .pdf.</source>
        <translation>impossible de reconnaître le format de %1&#xa0;: le nom doit se terminer par .png, .svg ou .pdf.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--dpi must be a whole number from %1 to %2, not %3.</source>
        <translation>--dpi doit être un nombre entier de %1 à %2, pas %3.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--size and --paper contradict each other; give one of them.</source>
        <translation>--size et --paper se contredisent&#xa0;; indiquez l’un des deux.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--orientation goes with --paper; for pixels give --size WIDTHxHEIGHT.</source>
        <translation>--orientation va avec --paper&#xa0;; pour des pixels, indiquez --size LARGEURxHAUTEUR.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unknown paper %1; use a4 or a3.</source>
        <translation>papier %1 inconnu&#xa0;; utilisez a4 ou a3.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown orientation %1; use landscape or portrait.</source>
        <translation>orientation %1 inconnue&#xa0;; utilisez landscape ou portrait.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>bad --size %1: give WIDTHxHEIGHT in pixels, each from %2 to %3, or newsletter or social.</source>
        <translation>--size %1 incorrect&#xa0;: indiquez LARGEURxHAUTEUR en pixels, chacune de %2 à %3, ou newsletter ou social.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 is %2 × %3 pixels, more than a PNG can be made of here; lower --dpi.</source>
        <translation>%1 fait %2 × %3 pixels, plus qu’un PNG ne peut en contenir ici&#xa0;; réduisez --dpi.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>unknown theme %1; use %2.</source>
        <translation>thème %1 inconnu&#xa0;; utilisez %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unknown projection %1; use one of: %2.</source>
        <translation>projection %1 inconnue&#xa0;; utilisez l’une de&#xa0;: %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--place needs a name.</source>
        <translation>--place demande un nom.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>unknown extent %1; use world, view or fit.</source>
        <translation>étendue %1 inconnue&#xa0;; utilisez world, view ou fit.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--extent fit needs --place: fit which place&apos;s partnerships?</source>
        <translation>--extent fit demande --place&#xa0;: ajuster aux jumelages de quel lieu&#xa0;?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--projection cannot be combined with --extent view, which keeps the projection of the saved view.</source>
        <translation>--projection ne peut pas être combiné avec --extent view, qui garde la projection de la vue enregistrée.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--transparent needs a PNG or SVG file; a PDF page is always paper.</source>
        <translation>--transparent demande un fichier PNG ou SVG&#xa0;; une page PDF est toujours du papier.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no map view has been saved yet (open the atlas window once), or it is unreadable in %1; use --extent world or fit.</source>
        <translation>aucune vue de carte n’a encore été enregistrée (ouvrez une fois la fenêtre de l’atlas), ou elle est illisible dans %1&#xa0;; utilisez --extent world ou fit.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>no place is called %1.</source>
        <translation>aucun lieu ne s’appelle %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no place is called %1. Closest matches: %2.</source>
        <translation>aucun lieu ne s’appelle %1. Correspondances les plus proches&#xa0;: %2.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Partnerships of %1, %2</source>
        <translation>Jumelages de %1, %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Twin towns and sister cities of the world</source>
        <translation>Villes jumelées du monde</translation>
    </message>
</context>
<context>
    <name>twinatlas::ExportDataCommand</name>
    <message>
        <location filename="../app/cli/exportdatacommand.cpp" line="+42"/>
        <source>Writes the partnerships as CSV (which `import` reads back), GeoJSON or KML, and prints the path written.</source>
        <translation>Écrit les jumelages en CSV (que `import` sait relire), GeoJSON ou KML, et affiche le chemin écrit.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>csv, geojson or kml.</source>
        <translation>csv, geojson ou kml.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file to write.</source>
        <translation>Le fichier à écrire.</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+5"/>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Only this place&apos;s partnerships (a name or a uid such as gn:2934246).</source>
        <translation>Seulement les jumelages de ce lieu (un nom ou un identifiant comme gn:2934246).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The atlas file to read.</source>
        <translation>Le fichier d’atlas à lire.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>unexpected argument “%1”.</source>
        <translation>argument inattendu «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>give the file to write with --out FILE.</source>
        <translation>indiquez le fichier à écrire avec --out FICHIER.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unknown format “%1”; use csv, geojson or kml.</source>
        <translation>format «&#xa0;%1&#xa0;» inconnu&#xa0;; utilisez csv, geojson ou kml.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Twin towns and sister cities</source>
        <translation>Villes jumelées et partenaires</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>no place is called “%1”.</source>
        <translation>aucun lieu ne s’appelle «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no place is called “%1”. Closest matches: %2.</source>
        <translation>aucun lieu ne s’appelle «&#xa0;%1&#xa0;». Correspondances les plus proches&#xa0;: %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Partnerships of %1</source>
        <translation>Jumelages de %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>cannot write %1: %2</source>
        <translation>impossible d’écrire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>twinatlas::ExportDialog</name>
    <message>
        <location filename="../app/ui/exportdialog.cpp" line="+40"/>
        <source>PNG image (*.png)</source>
        <translation>Image PNG (*.png)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SVG drawing (*.svg)</source>
        <translation>Dessin SVG (*.svg)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF document (*.pdf)</source>
        <translation>Document PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
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
        <translation> ppp</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Transparent background</source>
        <translation>Fond &amp;transparent</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+210"/>
        <location line="+45"/>
        <location line="+26"/>
        <source>Export map</source>
        <translation>Exporter la carte</translation>
    </message>
    <message>
        <location line="-254"/>
        <source>PNG image</source>
        <translation>Image PNG</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SVG drawing</source>
        <translation>Dessin SVG</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF document</source>
        <translation>Document PDF</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The current view</source>
        <translation>La vue actuelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The whole world</source>
        <translation>Le monde entier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 and its partners</source>
        <translation>%1 et ses partenaires</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The selected place and its partners</source>
        <translation>Le lieu sélectionné et ses partenaires</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No title</source>
        <translation>Pas de titre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No subtitle</source>
        <translation>Pas de sous-titre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As on screen (%1)</source>
        <translation>Comme à l’écran (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print: white paper, strong lines</source>
        <translation>Impression&#xa0;: papier blanc, traits appuyés</translation>
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
        <translation>&amp;Fichier&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>F&amp;ormat:</source>
        <translation>F&amp;ormat&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Size:</source>
        <translation>&amp;Taille&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Area:</source>
        <translation>É&amp;tendue&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;itle:</source>
        <translation>T&amp;itre&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;ubtitle:</source>
        <translation>&amp;Sous-titre&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;heme:</source>
        <translation>T&amp;hème&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>%1 × %2 pixels is more than a PNG can be made of here: choose a smaller size or a lower resolution.</source>
        <translation>%1 × %2 pixels, c’est plus qu’un PNG ne peut en contenir ici&#xa0;: choisissez une taille plus petite ou une résolution plus basse.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 × %2 pixels</source>
        <translation>%1 × %2 pixels</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 × %2 cm when printed at %3 dpi</source>
        <translation>%1 × %2 cm à l’impression en %3 ppp</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Choose the file to write the map to.</source>
        <translation>Choisissez le fichier dans lequel écrire la carte.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Writing %1…</source>
        <translation>Écriture de %1…</translation>
    </message>
</context>
<context>
    <name>twinatlas::ExportPreset</name>
    <message>
        <location filename="../app/ui/exportpreset.cpp" line="+9"/>
        <source>Newsletter column, 1200 × 800 px</source>
        <translation>Colonne de bulletin, 1200 × 800 px</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Social card, 1200 × 630 px</source>
        <translation>Carte pour réseaux sociaux, 1200 × 630 px</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Custom size</source>
        <translation>Taille personnalisée</translation>
    </message>
</context>
<context>
    <name>twinatlas::ExportPreview</name>
    <message>
        <location filename="../app/ui/exportpreview.cpp" line="+45"/>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>Drawing the preview…</source>
        <translation>Dessin de l’aperçu…</translation>
    </message>
</context>
<context>
    <name>twinatlas::ExportSize</name>
    <message>
        <location filename="../app/core/export/exportsize.cpp" line="+87"/>
        <source>%1 landscape, %2 dpi</source>
        <translation>%1 paysage, %2 ppp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 portrait, %2 dpi</source>
        <translation>%1 portrait, %2 ppp</translation>
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
        <translation>Impossible de lire les régions&#xa0;: l’atlas %1.</translation>
    </message>
    <message>
        <location line="+41"/>
        <location line="+21"/>
        <source>The places cannot be read: the atlas %1.</source>
        <translation>Impossible de lire les lieux&#xa0;: l’atlas %1.</translation>
    </message>
    <message>
        <location line="+37"/>
        <location line="+18"/>
        <source>The alternate names cannot be read: the atlas %1.</source>
        <translation>Impossible de lire les autres noms&#xa0;: l’atlas %1.</translation>
    </message>
</context>
<context>
    <name>twinatlas::ImportActions</name>
    <message>
        <location filename="../app/ui/importactions.cpp" line="+25"/>
        <source>&amp;Import partnerships…</source>
        <translation>&amp;Importer des jumelages…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paste &amp;list of twins…</source>
        <translation>Coller une &amp;liste de villes jumelées…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add the partnerships of a CSV file, a Wikidata query result or a pasted list</source>
        <translation>Ajouter les jumelages d’un fichier CSV, d’un résultat de requête Wikidata ou d’une liste collée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a place’s twins from a list copied from a web page or a newsletter</source>
        <translation>Ajouter les villes jumelées d’un lieu à partir d’une liste copiée d’une page web ou d’un bulletin</translation>
    </message>
</context>
<context>
    <name>twinatlas::ImportCommand</name>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="+37"/>
        <source>Imports a list of twin towns: resolves every place against the gazetteer and adds the partnerships in one step. Doubtful rows are skipped and reported.</source>
        <translation>Importe une liste de villes jumelées&#xa0;: identifie chaque lieu dans le répertoire et ajoute les jumelages en une seule étape. Les lignes douteuses sont ignorées et signalées.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>csv, paste, wikidata-json or wikidata-csv (default: detected).</source>
        <translation>csv, paste, wikidata-json ou wikidata-csv (par défaut&#xa0;: détecté).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The place a pasted list is of, e.g. &quot;Toruń, Poland&quot;.</source>
        <translation>Le lieu dont une liste collée donne les jumelages, p. ex. &quot;Toruń, Pologne&quot;.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Column mapping over the guessed one: field=column,... (fields: place, place_country, partner, partners, start, end, kind, ...; columns by header or number).</source>
        <translation>Association des colonnes à la place de celle devinée&#xa0;: champ=colonne,... (champs&#xa0;: place, place_country, partner, partners, start, end, kind, ...&#xa0;; colonnes par en-tête ou par numéro).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>MAPPING</source>
        <translation>ASSOCIATION</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>utf-8, utf-16le, utf-16be or windows-1252 (default: detected).</source>
        <translation>utf-8, utf-16le, utf-16be ou windows-1252 (par défaut&#xa0;: détecté).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ENCODING</source>
        <translation>ENCODAGE</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The cell delimiter: , ; tab or | (default: detected).</source>
        <translation>Le séparateur de cellules&#xa0;: ,&#xa0;; tab ou | (par défaut&#xa0;: détecté).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CHAR</source>
        <translation>CARACTÈRE</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The first row is data, not column names.</source>
        <translation>La première ligne contient des données, pas des noms de colonnes.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolve and report, write nothing.</source>
        <translation>Identifier et rendre compte, sans rien écrire.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write every input row and what became of it as CSV.</source>
        <translation>Écrire en CSV chaque ligne lue et ce qu’elle est devenue.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The atlas file to import into.</source>
        <translation>Le fichier d’atlas dans lequel importer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The list to import.</source>
        <translation>La liste à importer.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>give one file to import.</source>
        <translation>indiquez un fichier à importer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no file %1.</source>
        <translation>pas de fichier %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown format “%1”; use %2.</source>
        <translation>format «&#xa0;%1&#xa0;» inconnu&#xa0;; utilisez %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unknown encoding “%1”; use %2.</source>
        <translation>encodage «&#xa0;%1&#xa0;» inconnu&#xa0;; utilisez %2.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--delimiter takes one character or tab.</source>
        <translation>--delimiter prend un caractère ou tab.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>cannot write the report %1: %2</source>
        <translation>impossible d’écrire le rapport %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>twinatlas::ImportDialog</name>
    <message>
        <location filename="../app/ui/importdialog.cpp" line="+36"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Précédent</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+79"/>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Suivant &gt;</translation>
    </message>
    <message>
        <location line="-78"/>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save &amp;report…</source>
        <translation>Enregistrer le &amp;rapport…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import partnerships</source>
        <translation>Importer des jumelages</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Write the rows to import into the atlas, as one step that Undo takes back</source>
        <translation>Écrire les lignes à importer dans l’atlas, en une seule étape qu’«&#xa0;Annuler&#xa0;» défait</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save every row of the list and what became of it as CSV</source>
        <translation>Enregistrer en CSV chaque ligne de la liste et ce qu’elle est devenue</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Save import report</source>
        <translation>Enregistrer le rapport d’importation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>-report.csv</source>
        <translation>-rapport.csv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Report not saved</source>
        <translation>Rapport non enregistré</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>&amp;Resolve &gt;</source>
        <translation>&amp;Identifier &gt;</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>pasted list</source>
        <translation>liste collée</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+9"/>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loading the gazetteer…</source>
        <translation>Chargement du répertoire des lieux…</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Finding %n places in the gazetteer…</source>
        <translation>
            <numerusform>Recherche de %n lieu dans le répertoire…</numerusform>
            <numerusform>Recherche de %n lieux dans le répertoire…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Nothing to import</source>
        <translation>Rien à importer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No row of the list adds anything to the atlas.</source>
        <translation>Aucune ligne de la liste n’ajoute quoi que ce soit à l’atlas.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing was imported</source>
        <translation>Rien n’a été importé</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Imported %n partnerships from %1</source>
        <translation>
            <numerusform>%n jumelage importé de %1</numerusform>
            <numerusform>%n jumelages importés de %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 cannot be written: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>twinatlas::ImportJob</name>
    <message>
        <location filename="../app/core/io/importjob.cpp" line="+46"/>
        <location line="+103"/>
        <source>The import was cancelled; nothing was written.</source>
        <translation>L’importation a été annulée&#xa0;; rien n’a été écrit.</translation>
    </message>
    <message>
        <location line="-93"/>
        <source>cannot be read: %1</source>
        <translation>illisible&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the file is larger than %1 MB; split it</source>
        <translation>le fichier dépasse %1 Mo&#xa0;; découpez-le</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Nothing was written: the atlas %1.</source>
        <translation>Rien n’a été écrit&#xa0;: l’atlas %1.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Nothing was written: %1</source>
        <translation>Rien n’a été écrit&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>twinatlas::ImportPartnershipsCommand</name>
    <message numerus="yes">
        <location filename="../app/commands/importpartnershipscommand.cpp" line="+9"/>
        <source>Import %n partnerships from %1</source>
        <translation>
            <numerusform>Importer %n jumelage de %1</numerusform>
            <numerusform>Importer %n jumelages de %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>twinatlas::ImportPlan</name>
    <message>
        <location filename="../app/core/io/importplan.cpp" line="+123"/>
        <source>chosen in the review</source>
        <translation>choisi lors de la vérification</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>placed at the coordinates typed in the review</source>
        <translation>placé aux coordonnées saisies lors de la vérification</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>skipped in the review</source>
        <translation>ignoré lors de la vérification</translation>
    </message>
    <message>
        <location line="+163"/>
        <source>Imported list: %1</source>
        <translation>Liste importée&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>twinatlas::ImportPreviewPage</name>
    <message>
        <location filename="../app/ui/importpreviewpage.cpp" line="+24"/>
        <source>First row names the columns</source>
        <translation>La première ligne nomme les colonnes</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Table (CSV, TSV, semicolons)</source>
        <translation>Tableau (CSV, TSV, points-virgules)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wikidata query result (JSON)</source>
        <translation>Résultat de requête Wikidata (JSON)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wikidata query result (CSV)</source>
        <translation>Résultat de requête Wikidata (CSV)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pasted list of one place’s twins</source>
        <translation>Liste collée des villes jumelées d’un lieu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UTF-16, little-endian</source>
        <translation>UTF-16, petit-boutiste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UTF-16, big-endian</source>
        <translation>UTF-16, gros-boutiste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Windows-1252 (Western European)</source>
        <translation>Windows-1252 (Europe occidentale)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Comma</source>
        <translation>Virgule</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Semicolon</source>
        <translation>Point-virgule</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tab</source>
        <translation>Tabulation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bar |</source>
        <translation>Barre verticale |</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Format:</source>
        <translation>&amp;Format&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Séparateur&#xa0;:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Encoding:</source>
        <translation>&amp;Encodage&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <location line="+57"/>
        <source>%n rows read from %1. Check what each column holds; the choice above a column can be changed.</source>
        <translation>
            <numerusform>%n ligne lue dans %1. Vérifiez ce que contient chaque colonne&#xa0;; le choix au-dessus d’une colonne peut être modifié.</numerusform>
            <numerusform>%n lignes lues dans %1. Vérifiez ce que contient chaque colonne&#xa0;; le choix au-dessus d’une colonne peut être modifié.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n twins read from %1.</source>
        <translation>
            <numerusform>%n ville jumelée lue dans %1.</numerusform>
            <numerusform>%n villes jumelées lues dans %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… et %n autre</numerusform>
            <numerusform>… et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read loosely or skipped:</source>
        <translation>Lu approximativement ou ignoré&#xa0;:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Column %1</source>
        <translation>Colonne %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Holds</source>
        <translation>Contient</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Twin</source>
        <translation>Ville jumelée</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>End</source>
        <translation>Fin</translation>
    </message>
</context>
<context>
    <name>twinatlas::ImportReviewModel</name>
    <message>
        <location filename="../app/models/importreviewmodel.cpp" line="+68"/>
        <source>new place %1, %2 at %3, %4</source>
        <translation>nouveau lieu %1, %2 à %3, %4</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>doubtful: %n to choose from</source>
        <translation>
            <numerusform>douteux&#xa0;: %n au choix</numerusform>
            <numerusform>douteux&#xa0;: %n au choix</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not found</source>
        <translation>introuvable</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+12"/>
        <source>skipped</source>
        <translation>ignoré</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>found</source>
        <translation>trouvé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>new place</source>
        <translation>nouveau lieu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>doubtful</source>
        <translation>douteux</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unresolved</source>
        <translation>non identifié</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>GeoNames id</source>
        <translation>identifiant GeoNames</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>coordinates</source>
        <translation>coordonnées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>other name</source>
        <translation>autre nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>spelling variant</source>
        <translation>variante orthographique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name without “District”, “City of”…</source>
        <translation>nom sans «&#xa0;District&#xa0;», «&#xa0;Ville de&#xa0;»…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>close spelling</source>
        <translation>orthographe proche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>new at the file’s coordinates</source>
        <translation>nouveau aux coordonnées du fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>your choice</source>
        <translation>votre choix</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>to import</source>
        <translation>à importer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>already there: merged</source>
        <translation>déjà présent&#xa0;: fusionné</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>left out: unresolved</source>
        <translation>omis&#xa0;: non identifié</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>left out: doubtful</source>
        <translation>omis&#xa0;: douteux</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>left out: skipped</source>
        <translation>omis&#xa0;: ignoré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>left out: same place twice</source>
        <translation>omis&#xa0;: deux fois le même lieu</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>Found as</source>
        <translation>Trouvé comme</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How</source>
        <translation>Comment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sure</source>
        <translation>Certitude</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
</context>
<context>
    <name>twinatlas::ImportReviewPage</name>
    <message>
        <location filename="../app/ui/importreviewpage.cpp" line="+35"/>
        <source>Only rows to decide (doubtful or not found)</source>
        <translation>Seulement les lignes à trancher (douteuses ou introuvables)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Use this place</source>
        <translation>&amp;Utiliser ce lieu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create &amp;new place here</source>
        <translation>Créer un &amp;nouveau lieu ici</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Skip</source>
        <translation>&amp;Ignorer</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Decide</source>
        <translation>Trancher</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Lat, lon: 46.23, 15.26</source>
        <translation>Lat., long.&#xa0;: 46.23, 15.26</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The latitude, a comma, then the longitude, in degrees: a new place is made there with the name as the list writes it</source>
        <translation>La latitude, une virgule, puis la longitude, en degrés&#xa0;: un nouveau lieu y est créé, avec le nom tel que la liste l’écrit</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Leave this place, and every row that names it, out of the import</source>
        <translation>Laisser ce lieu, et chaque ligne qui le nomme, hors de l’importation</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Candidates:</source>
        <translation>Candidats&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Or where it is:</source>
        <translation>Ou son emplacement&#xa0;:</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>Place: %1</source>
        <translation>Lieu&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partner: %1</source>
        <translation>Partenaire&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>“%1” are not coordinates: write the latitude (-90 to 90), a comma, then the longitude (-180 to 180).</source>
        <translation>«&#xa0;%1&#xa0;» ne sont pas des coordonnées&#xa0;: écrivez la latitude (-90 à 90), une virgule, puis la longitude (-180 à 180).</translation>
    </message>
    <message numerus="yes">
        <location line="+41"/>
        <source>%n partnerships to import</source>
        <translation>
            <numerusform>%n jumelage à importer</numerusform>
            <numerusform>%n jumelages à importer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n already in the atlas (merged)</source>
        <translation>
            <numerusform>%n déjà dans l’atlas (fusionné)</numerusform>
            <numerusform>%n déjà dans l’atlas (fusionnés)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n new places</source>
        <translation>
            <numerusform>%n nouveau lieu</numerusform>
            <numerusform>%n nouveaux lieux</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n rows read: </source>
        <translation>
            <numerusform>%n ligne lue&#xa0;: </numerusform>
            <numerusform>%n lignes lues&#xa0;: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n places doubtful or not found: their rows are left out unless you decide.</source>
        <translation>
            <numerusform>%n lieu douteux ou introuvable&#xa0;: ses lignes sont omises si vous ne tranchez pas.</numerusform>
            <numerusform>%n lieux douteux ou introuvables&#xa0;: leurs lignes sont omises si vous ne tranchez pas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>twinatlas::ImportRunner</name>
    <message>
        <location filename="../app/ui/importrunner.cpp" line="+116"/>
        <source>The import was cancelled; nothing was written.</source>
        <translation>L’importation a été annulée&#xa0;; rien n’a été écrit.</translation>
    </message>
</context>
<context>
    <name>twinatlas::ImportSourcePage</name>
    <message>
        <location filename="../app/ui/importsourcepage.cpp" line="+25"/>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A table of partnerships (CSV, TSV or semicolons, one row per pair or one row per place with its twins in a cell), or a Wikidata query result saved as JSON or CSV.</source>
        <translation>Un tableau de jumelages (CSV, TSV ou points-virgules, une ligne par paire ou une ligne par lieu avec ses villes jumelées dans une cellule), ou un résultat de requête Wikidata enregistré en JSON ou CSV.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The file to import</source>
        <translation>Le fichier à importer</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>From a file</source>
        <translation>À partir d’un fichier</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Twins of:</source>
        <translation>&amp;Villes jumelées avec&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paste the list as written, e.g.
Roanne (France), since 1958
Schongau, Germany
Woerden in the Netherlands (from 1967 to 2016)</source>
        <translation>Collez la liste telle qu’elle est écrite, p. ex.
Roanne (France), depuis 1958
Schongau, Allemagne
Woerden aux Pays-Bas (de 1967 à 2016)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;List:</source>
        <translation>&amp;Liste&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paste a list</source>
        <translation>Coller une liste</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Import partnerships</source>
        <translation>Importer des jumelages</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lists of partnerships (*.csv *.tsv *.txt *.json);;All files (*)</source>
        <translation>Listes de jumelages (*.csv *.tsv *.txt *.json);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>twinatlas::ListReader</name>
    <message>
        <location filename="../app/core/io/listreader.cpp" line="+166"/>
        <source>Columns guessed: %1.</source>
        <translation>Colonnes devinées&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>not valid JSON: %1 (the file may be truncated)</source>
        <translation>JSON non valide&#xa0;: %1 (le fichier est peut-être tronqué)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>not a Wikidata query result: no “results”</source>
        <translation>pas un résultat de requête Wikidata&#xa0;: pas de «&#xa0;results&#xa0;»</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>record %1 is not an object</source>
        <translation>l’enregistrement %1 n’est pas un objet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>more than %1 fields in the records</source>
        <translation>plus de %1 champs dans les enregistrements</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>a pasted list is of one place: say which (--home NAME)</source>
        <translation>une liste collée concerne un seul lieu&#xa0;: indiquez lequel (--home NOM)</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>%1: “%2” is not a GeoNames id</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» n’est pas un identifiant GeoNames</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>“%1” is not a coordinate</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une coordonnée</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>“%1” are not coordinates</source>
        <translation>«&#xa0;%1&#xa0;» ne sont pas des coordonnées</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>coordinates out of range: latitude %1, longitude %2 (latitude runs from -90 to 90, longitude from -180 to 180)</source>
        <translation>coordonnées hors limites&#xa0;: latitude %1, longitude %2 (la latitude va de -90 à 90, la longitude de -180 à 180)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>the date “%1” is not understood</source>
        <translation>la date «&#xa0;%1&#xa0;» n’est pas comprise</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the kind “%1” is not understood</source>
        <translation>le type «&#xa0;%1&#xa0;» n’est pas compris</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the status “%1” is not understood</source>
        <translation>le statut «&#xa0;%1&#xa0;» n’est pas compris</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Wikidata: %1 (%2), twinned administrative body</source>
        <translation>Wikidata&#xa0;: %1 (%2), ville jumelée</translation>
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
        <translation>Lieux</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Places</source>
        <translation>&amp;Lieux</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Details</source>
        <translation>&amp;Détails</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Zoom &amp;in</source>
        <translation>Zoom &amp;avant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoom &amp;out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the whole &amp;world</source>
        <translation>Afficher le &amp;monde entier</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Go</source>
        <translation>A&amp;ller</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Twinatlas</source>
        <translation>À &amp;propos de Twinatlas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
</context>
<context>
    <name>twinatlas::MapExportActions</name>
    <message>
        <location filename="../app/ui/mapexportactions.cpp" line="+28"/>
        <source>&amp;Export map…</source>
        <translation>&amp;Exporter la carte…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save the map as a PNG image, an SVG drawing or a PDF document</source>
        <translation>Enregistrer la carte comme image PNG, dessin SVG ou document PDF</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Partnerships of %1, %2</source>
        <translation>Jumelages de %1, %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Twin towns and sister cities of the world</source>
        <translation>Villes jumelées du monde</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Twinatlas map</source>
        <translation>Carte Twinatlas</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+12"/>
        <source>Print map</source>
        <translation>Imprimer la carte</translation>
    </message>
</context>
<context>
    <name>twinatlas::MapExporter</name>
    <message>
        <location filename="../app/core/export/mapexporter.cpp" line="+185"/>
        <source>Twinatlas map</source>
        <translation>Carte Twinatlas</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>There is not enough memory for an image of %1 × %2 pixels.</source>
        <translation>La mémoire ne suffit pas pour une image de %1 × %2 pixels.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>The SVG drawing could not be started.</source>
        <translation>Le dessin SVG n’a pas pu être commencé.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The PDF drawing could not be started.</source>
        <translation>Le dessin PDF n’a pas pu être commencé.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Cannot tell the format of “%1”: the name must end in .png, .svg or .pdf.</source>
        <translation>Impossible de reconnaître le format de «&#xa0;%1&#xa0;»&#xa0;: le nom doit se terminer par .png, .svg ou .pdf.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cannot write “%1”: the folder “%2” does not exist.</source>
        <translation>Impossible d’écrire «&#xa0;%1&#xa0;»&#xa0;: le dossier «&#xa0;%2&#xa0;» n’existe pas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot write “%1”: “%2” is not a folder.</source>
        <translation>Impossible d’écrire «&#xa0;%1&#xa0;»&#xa0;: «&#xa0;%2&#xa0;» n’est pas un dossier.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot write “%1”: it exists and is not a regular file.</source>
        <translation>Impossible d’écrire «&#xa0;%1&#xa0;»&#xa0;: il existe et n’est pas un fichier ordinaire.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+4"/>
        <location line="+13"/>
        <location line="+8"/>
        <location line="+3"/>
        <source>Cannot write “%1”: %2</source>
        <translation>Impossible d’écrire «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>nothing was drawn.</source>
        <translation>rien n’a été dessiné.</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>only %n bytes could be written.</source>
        <translation>
            <numerusform>seul %n octet a pu être écrit.</numerusform>
            <numerusform>seuls %n octets ont pu être écrits.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>twinatlas::MapLegend</name>
    <message>
        <location filename="../app/core/export/maplegend.cpp" line="+39"/>
        <source>Sister city</source>
        <translation>Ville sœur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Twin town</source>
        <translation>Ville jumelée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Partner town</source>
        <translation>Ville partenaire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Friendship city</source>
        <translation>Ville amie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cooperation</source>
        <translation>Coopération</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other partnership</source>
        <translation>Autre partenariat</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Proposed</source>
        <translation>Proposé</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ended or suspended</source>
        <translation>Terminé ou suspendu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ended</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Suspended</source>
        <translation>Suspendu</translation>
    </message>
</context>
<context>
    <name>twinatlas::MapPickMode</name>
    <message>
        <location filename="../app/ui/mappickmode.cpp" line="+54"/>
        <source>Click the place on the map; Esc cancels.</source>
        <translation>Cliquez sur le lieu sur la carte&#xa0;; Échap annule.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click the position on the map; Esc cancels.</source>
        <translation>Cliquez sur la position sur la carte&#xa0;; Échap annule.</translation>
    </message>
</context>
<context>
    <name>twinatlas::MapPrinter</name>
    <message>
        <location filename="../app/ui/mapprinter.cpp" line="+16"/>
        <source>The printer “%1” could not be started.</source>
        <translation>L’imprimante «&#xa0;%1&#xa0;» n’a pas pu être démarrée.</translation>
    </message>
</context>
<context>
    <name>twinatlas::MapView</name>
    <message>
        <location filename="../app/ui/mapview.cpp" line="+53"/>
        <source>Map</source>
        <translation>Carte</translation>
    </message>
    <message>
        <location line="+197"/>
        <source>No place is selected, so the map is centred on the middle of the view. Select a place to centre the map on it.</source>
        <translation>Aucun lieu n’est sélectionné&#xa0;: la carte est centrée sur le milieu de la vue. Sélectionnez un lieu pour centrer la carte sur lui.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Centred on %1, the place selected last.</source>
        <translation>Centrée sur %1, le dernier lieu sélectionné.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The selected place has no partnerships on the map, so the map stays centred where it was.</source>
        <translation>Le lieu sélectionné n’a pas de jumelage sur la carte&#xa0;; la carte reste donc centrée où elle était.</translation>
    </message>
    <message numerus="yes">
        <location line="+282"/>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;Partners: %n</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;Partenaire&#xa0;: %n</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;Partenaires&#xa0;: %n</numerusform>
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
        <translation>&amp;Projection</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Theme</source>
        <translation>&amp;Thème</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print</source>
        <extracomment>A map theme (View ▸ Theme): white paper and strong lines, for printing.</extracomment>
        <translation>Impression</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
</context>
<context>
    <name>twinatlas::MyLocation</name>
    <message>
        <location filename="../app/ui/mylocation.cpp" line="+25"/>
        <source>My &amp;location</source>
        <translation>Ma &amp;position</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show where you are and the nearest place with partnerships</source>
        <translation>Montrer où vous êtes et le lieu jumelé le plus proche</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Finding your position…</source>
        <translation>Recherche de votre position…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Your atlas holds no place with partnerships to measure from.</source>
        <translation>Votre atlas ne contient aucun lieu jumelé à partir duquel mesurer.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>You are %1 from %2, the nearest place with partnerships.</source>
        <translation>Vous êtes à %1 de %2, le lieu jumelé le plus proche.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Position of %1.</source>
        <translation>Position de %1.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>My location</source>
        <translation>Ma position</translation>
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
        <translation>%1, %2&#xa0;: %3, %4</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kind</source>
        <extracomment>Column: the kind of partnership (twin town, sister city, friendship city…).</extracomment>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Years</source>
        <translation>Années</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Distance</source>
        <translation>Distance</translation>
    </message>
</context>
<context>
    <name>twinatlas::PartnershipDialog</name>
    <message>
        <location filename="../app/ui/partnershipdialog.cpp" line="+52"/>
        <source>Add partnership</source>
        <translation>Ajouter un jumelage</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Anything worth knowing that the dates do not say</source>
        <translation>Ce qu’il faut savoir et que les dates ne disent pas</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Place:</source>
        <translation>&amp;Lieu&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;artner:</source>
        <translation>P&amp;artenaire&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kind:</source>
        <translation>T&amp;ype&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatut&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Start:</source>
        <translation>&amp;Début&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;End:</source>
        <translation>&amp;Fin&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;ote:</source>
        <translation>N&amp;ote&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sources:</source>
        <translation>Sources&#xa0;:</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Edit partnership</source>
        <translation>Modifier le jumelage</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Place: choose it from the matches, or on the map.</source>
        <translation>Lieu&#xa0;: choisissez-le parmi les résultats, ou sur la carte.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Partner: choose it from the matches, or on the map.</source>
        <translation>Partenaire&#xa0;: choisissez-le parmi les résultats, ou sur la carte.</translation>
    </message>
</context>
<context>
    <name>twinatlas::PartnershipStatusCommand</name>
    <message>
        <location filename="../app/commands/partnershipstatuscommand.cpp" line="+27"/>
        <source>End partnership %1</source>
        <translation>Mettre fin au jumelage %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Suspend partnership %1</source>
        <translation>Suspendre le jumelage %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resume partnership %1</source>
        <translation>Reprendre le jumelage %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Renew partnership %1</source>
        <translation>Renouveler le jumelage %1</translation>
    </message>
</context>
<context>
    <name>twinatlas::PastedList</name>
    <message>
        <location filename="../app/core/io/pastedlist.cpp" line="+383"/>
        <source>%1: not a list item: %2</source>
        <translation>%1&#xa0;: pas un élément de liste&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>twinatlas::PlaceDialog</name>
    <message>
        <location filename="../app/ui/placedialog.cpp" line="+56"/>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Town or village</source>
        <translation>Bourg ou village</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>District</source>
        <translation>Quartier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Add place</source>
        <translation>Ajouter un lieu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>As it is written there, e.g. “Kreuzberg”</source>
        <translation>Tel qu’il s’écrit sur place, p. ex. «&#xa0;Kreuzberg&#xa0;»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a country</source>
        <translation>Choisissez un pays</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>e.g. 13.40333 (east is positive)</source>
        <translation>p. ex. 13.40333 (l’est est positif)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. 52.49887 (north is positive)</source>
        <translation>p. ex. 52.49887 (le nord est positif)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Set on the map</source>
        <translation>Placer sur la carte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click the place on the map to fill in its position</source>
        <translation>Cliquez sur le lieu sur la carte pour remplir sa position</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Country:</source>
        <translation>&amp;Pays&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Type&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Latitude, longitude:</source>
        <translation>&amp;Latitude, longitude&#xa0;:</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Edit place</source>
        <translation>Modifier le lieu</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>%1: give it in degrees, or set the position on the map.</source>
        <translation>%1&#xa0;: indiquez-la en degrés, ou placez la position sur la carte.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: “%2” is not a number of degrees.</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» n’est pas un nombre de degrés.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Country: choose one.</source>
        <translation>Pays&#xa0;: choisissez-en un.</translation>
    </message>
</context>
<context>
    <name>twinatlas::PlaceField</name>
    <message>
        <location filename="../app/ui/placefield.cpp" line="+25"/>
        <source>Type a name</source>
        <translation>Tapez un nom</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On the map</source>
        <translation>Sur la carte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click the place on the map instead of typing its name</source>
        <translation>Cliquer sur le lieu sur la carte au lieu de taper son nom</translation>
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
Partenaire&#xa0;: %n</numerusform>
            <numerusform>%1, %2
Partenaires&#xa0;: %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Partners</source>
        <translation>Partenaires</translation>
    </message>
</context>
<context>
    <name>twinatlas::PlaceResolver</name>
    <message>
        <location filename="../app/core/io/placeresolver.cpp" line="+130"/>
        <source> (pop. %1)</source>
        <translation> (%1 hab.)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>GeoNames id %1</source>
        <translation>identifiant GeoNames %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the text holds %1: check it</source>
        <translation>le texte contient %1 : à vérifier</translation>
    </message>
    <message>
        <location line="+198"/>
        <source>named so, %1 km from the file&apos;s coordinates</source>
        <translation>porte ce nom, à %1 km des coordonnées du fichier</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>not in the atlas: a new place at the file&apos;s coordinates</source>
        <translation>absent de l’atlas&#xa0;: un nouveau lieu aux coordonnées du fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no place of that name within 25 km of the file&apos;s coordinates: a new place there</source>
        <translation>aucun lieu de ce nom à moins de 25 km des coordonnées du fichier&#xa0;: un nouveau lieu à cet endroit</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>coordinates without a name</source>
        <translation>coordonnées sans nom</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>“%1” is in %2, not in %3 as the list says</source>
        <translation>«&#xa0;%1&#xa0;» est en %2, pas en %3 comme le dit la liste</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no name</source>
        <translation>pas de nom</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no place of this name in the atlas</source>
        <translation>aucun lieu de ce nom dans l’atlas</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>no place of this name in or near %1, which the list names with it</source>
        <translation>aucun lieu de ce nom dans ou près de %1, que la liste indique avec lui</translation>
    </message>
    <message numerus="yes">
        <location line="+70"/>
        <source>%n places of similar weight answer to this name</source>
        <translation>
            <numerusform>%n lieu d’importance semblable répond à ce nom</numerusform>
            <numerusform>%n lieux d’importance semblable répondent à ce nom</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>; the largest of %n places so named</source>
        <translation>
            <numerusform>; le plus grand des lieux de ce nom</numerusform>
            <numerusform>; le plus grand des %n lieux de ce nom</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>only a name within %n letter(s) of it, and no country to go by</source>
        <translation>
            <numerusform>seulement un nom qui diffère de %n lettre, et aucun pays pour trancher</numerusform>
            <numerusform>seulement un nom qui diffère de %n lettres, et aucun pays pour trancher</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>only a small place within %n letter(s) of this name</source>
        <translation>
            <numerusform>seulement un petit lieu dont le nom diffère de %n lettre</numerusform>
            <numerusform>seulement un petit lieu dont le nom diffère de %n lettres</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>its name</source>
        <translation>son nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>one of its names</source>
        <translation>l’un de ses noms</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its name, spelled another way</source>
        <translation>son nom, écrit autrement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its name, without the added word</source>
        <translation>son nom, sans le mot ajouté</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>a name %n letter(s) away</source>
        <translation>
            <numerusform>un nom à %n lettre près</numerusform>
            <numerusform>un nom à %n lettres près</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>, in the region or country given</source>
        <translation>, dans la région ou le pays indiqué</translation>
    </message>
</context>
<context>
    <name>twinatlas::PlaceText</name>
    <message>
        <location filename="../app/core/io/placetext.cpp" line="+35"/>
        <source>a spreadsheet formula, not a name</source>
        <translation>une formule de tableur, pas un nom</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>text in the wrong encoding (“%1”)</source>
        <translation>du texte dans un mauvais codage (« %1 »)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a character that could not be read</source>
        <translation>un caractère illisible</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%1” in a name</source>
        <translation>« %1 » dans un nom</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a bracket that does not close</source>
        <translation>une parenthèse non fermée</translation>
    </message>
</context>
<context>
    <name>twinatlas::PositionRequest</name>
    <message>
        <location filename="../app/core/location/positionrequest.cpp" line="+56"/>
        <source>Cannot read the NMEA source %1: Qt&apos;s NMEA position plugin is missing or cannot open it.</source>
        <translation>Impossible de lire la source NMEA %1&#xa0;: le greffon de position NMEA de Qt est absent ou ne peut pas l’ouvrir.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>The NMEA log %1 holds no valid position fix (%2).</source>
        <translation>Le journal NMEA %1 ne contient aucune position valide (%2).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>This system has no position source. Install and enable GeoClue (the geoclue-2.0 package on Debian), or name a GPS receiver or an NMEA log in Preferences.</source>
        <translation>Ce système n’a pas de source de position. Installez et activez GeoClue (le paquet geoclue-2.0 sous Debian), ou indiquez un récepteur GPS ou un journal NMEA dans les Préférences.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Twinatlas may not know your position: location access was refused. Allow it in your system&apos;s privacy settings, or name a GPS receiver or an NMEA log in Preferences.</source>
        <translation>Twinatlas n’a pas le droit de connaître votre position&#xa0;: l’accès à la localisation a été refusé. Autorisez-le dans les paramètres de confidentialité de votre système, ou indiquez un récepteur GPS ou un journal NMEA dans les Préférences.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The position source closed before it gave a position.</source>
        <translation>La source de position s’est fermée avant de donner une position.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The position source gave no position within %n seconds.</source>
        <translation>
            <numerusform>La source de position n’a donné aucune position en %n seconde.</numerusform>
            <numerusform>La source de position n’a donné aucune position en %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The position source failed without saying why.</source>
        <translation>La source de position a échoué sans dire pourquoi.</translation>
    </message>
</context>
<context>
    <name>twinatlas::PreferencesDialog</name>
    <message>
        <location filename="../app/ui/preferencesdialog.cpp" line="+27"/>
        <source>The system&apos;s location service</source>
        <translation>Le service de localisation du système</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An NMEA source:</source>
        <translation>Une source NMEA&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Look for changes in Wikidata once a week, at start</source>
        <translation>Chercher les changements dans Wikidata une fois par semaine, au démarrage</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>/dev/ttyACM0 or a log file</source>
        <translation>/dev/ttyACM0 ou un fichier journal</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The system&apos;s language</source>
        <extracomment>The first choice of Preferences ▸ Language: the desktop&apos;s language, whichever it is.</extracomment>
        <translation>La langue du système</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new language applies when Twinatlas starts again.</source>
        <translation>Une nouvelle langue s’applique au prochain démarrage de Twinatlas.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Location</source>
        <translation>Position</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where Go ▸ My location finds your position.</source>
        <translation>Où Aller ▸ Ma position trouve votre position.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A GPS receiver&apos;s serial device is read live; of a log file of NMEA sentences, the last valid fix is used.</source>
        <translation>Le périphérique série d’un récepteur GPS est lu en direct&#xa0;; d’un fichier journal de phrases NMEA, la dernière position valide est utilisée.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Wikidata</source>
        <translation>Wikidata</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Any SPARQL endpoint over Wikidata, such as a QLever instance or your own; empty for the Wikidata Query Service.</source>
        <translation>Tout point d’accès SPARQL sur Wikidata, comme une instance QLever ou le vôtre&#xa0;; vide pour le Wikidata Query Service.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Asks again for what the last fetch asked for, and shows what changed before anything is added.</source>
        <translation>Redemande ce que la dernière récupération a demandé et montre ce qui a changé avant d’ajouter quoi que ce soit.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Service:</source>
        <translation>Service&#xa0;:</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>NMEA source</source>
        <translation>Source NMEA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NMEA logs (*.nmea *.nma *.log *.txt);;All files (*)</source>
        <translation>Journaux NMEA (*.nmea *.nma *.log *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>An http or https address, such as %1</source>
        <translation>Une adresse http ou https, comme %1</translation>
    </message>
</context>
<context>
    <name>twinatlas::ProvenanceText</name>
    <message>
        <location filename="../app/core/db/provenancetext.cpp" line="+20"/>
        <source>Added by you</source>
        <translation>Ajouté par vous</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Added by you on %1</source>
        <translation>Ajouté par vous le %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edited by you on %1</source>
        <translation>Modifié par vous le %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From the bundled data</source>
        <translation>Tiré des données fournies</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From the bundled data %1</source>
        <translation>Tiré des données fournies %1</translation>
    </message>
</context>
<context>
    <name>twinatlas::QueryCommand</name>
    <message>
        <location filename="../app/cli/querycommand.cpp" line="+34"/>
        <source>Prints a place&apos;s partnerships as tab-separated lines: partner, country, kind, status, start, end, distance in km along the WGS 84 geodesic.</source>
        <translation>Affiche les jumelages d’un lieu en lignes séparées par des tabulations&#xa0;: partenaire, pays, type, statut, début, fin, distance en km le long de la géodésique WGS 84.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Print the counts of places, partnerships, events and sources.</source>
        <translation>Afficher le nombre de lieux, de jumelages, d’événements et de sources.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The atlas file to read.</source>
        <translation>Le fichier d’atlas à lire.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The place to look up.</source>
        <translation>Le lieu à rechercher.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>give a place name, or --stats</source>
        <translation>indiquez un nom de lieu, ou --stats</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>no place is called “%1”.</source>
        <translation>aucun lieu ne s’appelle «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no place is called “%1”. Closest matches: %2.</source>
        <translation>aucun lieu ne s’appelle «&#xa0;%1&#xa0;». Correspondances les plus proches&#xa0;: %2.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 places are called “%2”; showing %3. The others:</source>
        <translation>%1 lieux s’appellent « %2 » ; voici %3. Les autres :</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>population %1</source>
        <translation>population %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 partnerships</source>
        <translation>%1 partenariats</translation>
    </message>
</context>
<context>
    <name>twinatlas::ReadFailure</name>
    <message>
        <location filename="../app/cli/readfailure.cpp" line="+16"/>
        <source>“twinatlas check --database %1” names the damage.</source>
        <translation>«&#xa0;twinatlas check --database %1&#xa0;» indique les dommages.</translation>
    </message>
</context>
<context>
    <name>twinatlas::RecordParser</name>
    <message>
        <location filename="../app/core/io/delimitedtable.cpp" line="+57"/>
        <source>more than %1 columns in one record</source>
        <translation>plus de %1 colonnes dans un enregistrement</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>text after the closing quote of a cell; a quote inside a quoted cell is written twice (&quot;&quot;)</source>
        <translation>du texte après le guillemet fermant d’une cellule&#xa0;; un guillemet dans une cellule entre guillemets s’écrit deux fois (&quot;&quot;)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the quote that opens this cell is never closed (the file may be truncated)</source>
        <translation>le guillemet qui ouvre cette cellule n’est jamais fermé (le fichier est peut-être tronqué)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>a cell longer than %1 characters</source>
        <translation>une cellule de plus de %1 caractères</translation>
    </message>
</context>
<context>
    <name>twinatlas::RemoveEventCommand</name>
    <message>
        <location filename="../app/commands/removeeventcommand.cpp" line="+13"/>
        <source>Remove event of %1</source>
        <translation>Supprimer un événement de %1</translation>
    </message>
</context>
<context>
    <name>twinatlas::RemovePartnershipCommand</name>
    <message>
        <location filename="../app/commands/removepartnershipcommand.cpp" line="+8"/>
        <source>Remove partnership %1</source>
        <translation>Supprimer le jumelage %1</translation>
    </message>
</context>
<context>
    <name>twinatlas::RemovePlaceCommand</name>
    <message>
        <location filename="../app/commands/removeplacecommand.cpp" line="+17"/>
        <source>Remove place %1</source>
        <translation>Supprimer le lieu %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove place %1 with its partnerships</source>
        <translation>Supprimer le lieu %1 avec ses jumelages</translation>
    </message>
</context>
<context>
    <name>twinatlas::SaveFile</name>
    <message>
        <location filename="../app/core/io/savefile.cpp" line="+30"/>
        <source>it cannot be created</source>
        <translation>il ne peut pas être créé</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>only %n bytes could be written</source>
        <translation>
            <numerusform>seul %n octet a pu être écrit</numerusform>
            <numerusform>seuls %n octets ont pu être écrits</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the data could not be written out</source>
        <translation>les données n’ont pas pu être écrites</translation>
    </message>
</context>
<context>
    <name>twinatlas::SearchResultModel</name>
    <message>
        <location filename="../app/models/searchresultmodel.cpp" line="+86"/>
        <source>%1 (also called %2)</source>
        <translation>%1 (aussi appelé %2)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Also called %1</source>
        <translation>Aussi appelé %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Population: %1</source>
        <translation>Population : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No partners in the atlas</source>
        <translation>Aucun partenaire dans l’atlas</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Partners: %n</source>
        <translation>
            <numerusform>Partenaires : %n</numerusform>
            <numerusform>Partenaires : %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Population</source>
        <translation>Population</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Partners</source>
        <translation>Partenaires</translation>
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
        <translation>Installe un atlas d’équipe sur un serveur PostgreSQL et ajoute ses membres.
  init URL            crée le schéma et les rôles dans une base vide, ou met à jour un atlas d’équipe plus ancien
  add-user URL NOM    ajoute un membre avec --role ; le mot de passe est lu sur l’entrée standard
URL : postgresql://utilisateur@hôte:port/base (en tant qu’utilisateur autorisé à créer des rôles), ?host=/run/postgresql pour un socket, ?sslrootcert=FICHIER pour le certificat du serveur.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>viewer (reads), editor (reads and writes) or administrator (also manages members).</source>
        <translation>viewer (lit), editor (lit et écrit) ou administrator (gère aussi les membres).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ROLE</source>
        <translation>RÔLE</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ACTION</source>
        <translation>ACTION</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>init or add-user</source>
        <translation>init ou add-user</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The database of the team atlas.</source>
        <translation>La base de données de l’atlas d’équipe.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>give init or add-user, then the URL of the database.</source>
        <translation>indiquez init ou add-user, puis l’URL de la base.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>init takes one URL.</source>
        <translation>init attend une URL.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>add-user takes a URL and a user name.</source>
        <translation>add-user attend une URL et un nom d’utilisateur.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the team atlas on %1 was set up by a newer Twinatlas (schema version %2; this one knows up to %3). Nothing was changed.</source>
        <translation>l’atlas d’équipe sur %1 a été installé par un Twinatlas plus récent (schéma version %2 ; celui-ci connaît jusqu’à %3). Rien n’a été modifié.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The team atlas on %1 is set up already (schema version %2); nothing to do.</source>
        <translation>L’atlas d’équipe sur %1 est déjà installé (schéma version %2) ; rien à faire.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the team atlas on %1 could not be upgraded; it is as it was: %2</source>
        <translation>l’atlas d’équipe sur %1 n’a pas pu être mis à jour ; il est resté tel quel : %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Upgraded the team atlas on %1 from schema version %2 to %3.</source>
        <translation>L’atlas d’équipe sur %1 a été mis à jour du schéma version %2 à %3.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the team atlas could not be set up on %1; nothing was changed: %2</source>
        <translation>l’atlas d’équipe n’a pas pu être installé sur %1 ; rien n’a été modifié : %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set up a team atlas on %1 (schema version %2).</source>
        <translation>Atlas d’équipe installé sur %1 (schéma version %2).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add its members with: twinatlas server add-user &apos;%1&apos; NAME --role editor</source>
        <translation>Ajoutez ses membres avec : twinatlas server add-user &apos;%1&apos; NOM --role editor</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 holds no team atlas; set it up first with: twinatlas server init &apos;%2&apos;</source>
        <translation>%1 ne contient aucun atlas d’équipe ; installez-le d’abord avec : twinatlas server init &apos;%2&apos;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--role is viewer, editor or administrator, not “%1”.</source>
        <translation>--role vaut viewer, editor ou administrator, pas « %1 ».</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password for %1: </source>
        <translation>Mot de passe de %1 : </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no password given for %1; nothing was changed.</source>
        <translation>aucun mot de passe donné pour %1 ; rien n’a été modifié.</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+6"/>
        <source>%1 could not be added; nothing was changed: %2</source>
        <translation>%1 n’a pas pu être ajouté ; rien n’a été modifié : %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Added %1 to the team atlas on %2 as %3.</source>
        <translation>%1 a été ajouté à l’atlas d’équipe sur %2 comme %3.</translation>
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
        <translation>Supprimer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add another</source>
        <translation>En ajouter une autre</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sources cited</source>
        <translation>Sources citées</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Double-click a web address to open it in the browser.</source>
        <translation>Double-cliquez sur une adresse web pour l’ouvrir dans le navigateur.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Title, e.g. “City council decision 114/1988”</source>
        <translation>Titre, p. ex. «&#xa0;Délibération du conseil municipal 114/1988&#xa0;»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Or the name of a document or book</source>
        <translation>Ou le nom d’un document ou d’un livre</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Title:</source>
        <translation>Titre&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Web address:</source>
        <translation>Adresse web&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document:</source>
        <translation>Document&#xa0;:</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>%1: a source needs a title.</source>
        <translation>%1&#xa0;: une source doit avoir un titre.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sources: give at least one, so that others can check it.</source>
        <translation>Sources&#xa0;: indiquez-en au moins une, pour que d’autres puissent vérifier.</translation>
    </message>
</context>
<context>
    <name>twinatlas::SparqlResults</name>
    <message>
        <location filename="../app/core/wikidata/sparqlresults.cpp" line="+36"/>
        <source>the answer is not valid JSON (%1 at byte %2 of %3)</source>
        <translation>la réponse n’est pas du JSON valide (%1 à l’octet %2 sur %3)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the answer is not a SPARQL result: no JSON object</source>
        <translation>la réponse n’est pas un résultat SPARQL&#xa0;: aucun objet JSON</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the answer is not a SPARQL result: no “head” and “results”</source>
        <translation>la réponse n’est pas un résultat SPARQL&#xa0;: ni «&#xa0;head&#xa0;» ni «&#xa0;results&#xa0;»</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the answer names no variables (“head.vars”)</source>
        <translation>la réponse ne nomme aucune variable («&#xa0;head.vars&#xa0;»)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a variable in “head.vars” is not a name</source>
        <translation>une variable de «&#xa0;head.vars&#xa0;» n’est pas un nom</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the answer has no rows (“results.bindings”)</source>
        <translation>la réponse n’a pas de lignes («&#xa0;results.bindings&#xa0;»)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>row %1 of the answer is not an object</source>
        <translation>la ligne %1 de la réponse n’est pas un objet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>row %1 binds “%2”, which the answer does not name</source>
        <translation>la ligne %1 lie «&#xa0;%2&#xa0;», que la réponse ne nomme pas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>row %1: “%2” is not an RDF term</source>
        <translation>ligne %1&#xa0;: «&#xa0;%2&#xa0;» n’est pas un terme RDF</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>row %1: “%2” has no value</source>
        <translation>ligne %1&#xa0;: «&#xa0;%2&#xa0;» n’a pas de valeur</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>row %1: “%2” is of an unknown type “%3”</source>
        <translation>ligne %1&#xa0;: «&#xa0;%2&#xa0;» est d’un type inconnu, «&#xa0;%3&#xa0;»</translation>
    </message>
</context>
<context>
    <name>twinatlas::SqlFailure</name>
    <message>
        <location filename="../app/core/db/sqlfailure.cpp" line="+83"/>
        <source>its rows contradict each other: %1</source>
        <translation>ses lignes se contredisent&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>is damaged (%1)</source>
        <translation>est endommagé (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot be written: its disk is full</source>
        <translation>ne peut pas être écrit&#xa0;: son disque est plein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot be written: it, its folder or its disk is read-only (%1)</source>
        <translation>ne peut pas être écrit&#xa0;: lui, son dossier ou son disque est en lecture seule (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot be used: permission denied (%1)</source>
        <translation>ne peut pas être utilisé&#xa0;: permission refusée (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot be opened: a file it needs is missing or cannot be made (%1)</source>
        <translation>ne peut pas être ouvert&#xa0;: un fichier dont il a besoin manque ou ne peut pas être créé (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is locked by another program (SQLite: “%1”)</source>
        <translation>est verrouillé par un autre programme (SQLite&#xa0;: «&#xa0;%1&#xa0;»)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>could not be read from or written to its disk (%1)</source>
        <translation>n’a pas pu être lu ou écrit sur son disque (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>could not be read (SQLite: “%1”)</source>
        <translation>n’a pas pu être lu (SQLite&#xa0;: «&#xa0;%1&#xa0;»)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The atlas file %1 %2.</source>
        <translation>Le fichier d’atlas %1 %2.</translation>
    </message>
</context>
<context>
    <name>twinatlas::StartupAtlas</name>
    <message>
        <location filename="../app/ui/startupatlas.cpp" line="+26"/>
        <source>Your atlas was restored from the backup %1. The file that could not be opened is kept as %2.</source>
        <translation>Votre atlas a été restauré à partir de la sauvegarde %1. Le fichier qui n’a pas pu être ouvert est conservé sous le nom %2.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Your atlas was started again from the bundled atlas. The file that could not be opened, with your changes, is kept as %1.</source>
        <translation>Votre atlas est reparti de l’atlas fourni. Le fichier qui n’a pas pu être ouvert, avec vos modifications, est conservé sous le nom %1.</translation>
    </message>
</context>
<context>
    <name>twinatlas::SyncCommand</name>
    <message>
        <location filename="../app/cli/synccommand.cpp" line="+35"/>
        <source>Syncs the atlas with its team atlas on a PostgreSQL server: receives what the others changed, sends your changes, and lists the conflicts a person has to settle (in the window: File ▸ Team conflicts). The password comes from the URL, PGPASSWORD or ~/.pgpass.</source>
        <translation>Synchronise l’atlas avec son atlas d’équipe sur un serveur PostgreSQL : reçoit ce que les autres ont modifié, envoie vos modifications et liste les conflits qu’une personne doit trancher (dans la fenêtre : Fichier ▸ Conflits d’équipe). Le mot de passe vient de l’URL, de PGPASSWORD ou de ~/.pgpass.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The atlas file to sync.</source>
        <translation>Le fichier d’atlas à synchroniser.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>postgresql://user@host:port/database; ?host=/run/postgresql for a socket, ?sslrootcert=FILE for the server&apos;s certificate.</source>
        <translation>postgresql://utilisateur@hôte:port/base ; ?host=/run/postgresql pour un socket, ?sslrootcert=FICHIER pour le certificat du serveur.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>give the URL of the team atlas.</source>
        <translation>indiquez l’URL de l’atlas d’équipe.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>removed there, changed here</source>
        <translation>supprimé là-bas, modifié ici</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>removed here, changed there</source>
        <translation>supprimé ici, modifié là-bas</translation>
    </message>
</context>
<context>
    <name>twinatlas::TeamActions</name>
    <message>
        <location filename="../app/ui/teamactions.cpp" line="+33"/>
        <source>The atlas could not be opened for the sync.</source>
        <translation>L’atlas n’a pas pu être ouvert pour la synchronisation.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Connect to a &amp;Team Atlas…</source>
        <translation>Se connecter à un atlas d’é&amp;quipe…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;ync with the Team Atlas</source>
        <translation>S&amp;ynchroniser avec l’atlas d’équipe</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+78"/>
        <source>Team &amp;Conflicts…</source>
        <translation>&amp;Conflits d’équipe…</translation>
    </message>
    <message>
        <location line="-77"/>
        <source>&amp;Disconnect from the Team Atlas</source>
        <translation>Se &amp;déconnecter de l’atlas d’équipe</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Team &amp;Conflicts (%1)…</source>
        <translation>&amp;Conflits d’équipe (%1)…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Team: not syncing (read-only)</source>
        <translation>Équipe : pas de synchronisation (lecture seule)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Team: syncing…</source>
        <translation>Équipe : synchronisation…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Team: the last sync failed</source>
        <translation>Équipe : la dernière synchronisation a échoué</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Team: not synced yet</source>
        <translation>Équipe : pas encore synchronisé</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Team: synced %1 · %2</source>
        <translation>Équipe : synchronisé %1 · %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last sync with %1 at %2</source>
        <translation>Dernière synchronisation avec %1 le %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+8"/>
        <source>Another Team Atlas</source>
        <translation>Un autre atlas d’équipe</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>This atlas was synced with %1. Sync it with %2 instead? Its rows and your changes stay; the new team atlas gets them at the first sync.</source>
        <translation>Cet atlas était synchronisé avec %1. Le synchroniser plutôt avec %2 ? Ses lignes et vos modifications restent ; le nouvel atlas d’équipe les reçoit à la première synchronisation.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The password could not be kept in the desktop&apos;s keyring (%1); Twinatlas will ask for it again next time.</source>
        <translation>Le mot de passe n’a pas pu être gardé dans le trousseau du bureau (%1) ; Twinatlas le redemandera la prochaine fois.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Enter the password for %1.</source>
        <translation>Saisissez le mot de passe de %1.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Team Atlas</source>
        <translation>Atlas d’équipe</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%Ln new conflict(s) with the team: File ▸ Team Conflicts… shows both values.</source>
        <translation>
            <numerusform>%Ln nouveau conflit avec l’équipe : Fichier ▸ Conflits d’équipe… montre les deux valeurs.</numerusform>
            <numerusform>%Ln nouveaux conflits avec l’équipe : Fichier ▸ Conflits d’équipe… montre les deux valeurs.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Disconnect from the Team Atlas</source>
        <translation>Se déconnecter de l’atlas d’équipe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop syncing this atlas with %1? The atlas keeps every row and your changes; the password is removed from the keyring.</source>
        <translation>Arrêter de synchroniser cet atlas avec %1 ? L’atlas garde toutes ses lignes et vos modifications ; le mot de passe est retiré du trousseau.</translation>
    </message>
</context>
<context>
    <name>twinatlas::TeamConflictsDialog</name>
    <message>
        <location filename="../app/ui/teamconflictsdialog.cpp" line="+23"/>
        <source>&amp;Keep Mine</source>
        <translation>&amp;Garder le mien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Take the Team&apos;s</source>
        <translation>&amp;Prendre celui de l’équipe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Team Conflicts</source>
        <translation>Conflits d’équipe</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Yours</source>
        <translation>Le vôtre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The team&apos;s</source>
        <translation>Celui de l’équipe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Changed by</source>
        <translation>Modifié par</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep your value; the next sync sends it to the team.</source>
        <translation>Garder votre valeur ; la prochaine synchronisation l’envoie à l’équipe.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take the other value into this atlas now.</source>
        <translation>Prendre maintenant l’autre valeur dans cet atlas.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The conflicts could not be read: %1</source>
        <translation>Les conflits n’ont pas pu être lus : %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The whole %1</source>
        <translation>L’élément entier (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Removed</source>
        <translation>Supprimé</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+1"/>
        <source>Changed</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 (you, %2)</source>
        <translation>%1 (vous, %2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No conflicts: this atlas and the team agree.</source>
        <translation>Aucun conflit : cet atlas et l’équipe sont d’accord.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>These were changed here and by someone else since the last sync. Until you choose, your value stays here and the team keeps the other.</source>
        <translation>Ces éléments ont été modifiés ici et par quelqu’un d’autre depuis la dernière synchronisation. Tant que vous ne choisissez pas, votre valeur reste ici et l’équipe garde l’autre.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cannot Settle the Conflict</source>
        <translation>Impossible de régler le conflit</translation>
    </message>
</context>
<context>
    <name>twinatlas::TeamConnectDialog</name>
    <message>
        <location filename="../app/ui/teamconnectdialog.cpp" line="+27"/>
        <source>Keep the password in the desktop&apos;s keyring</source>
        <translation>Garder le mot de passe dans le trousseau du bureau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encrypt the connection and verify the server&apos;s certificate</source>
        <translation>Chiffrer la connexion et vérifier le certificat du serveur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sync when Twinatlas starts</source>
        <translation>Synchroniser au démarrage de Twinatlas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connect to a Team Atlas</source>
        <translation>Se connecter à un atlas d’équipe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Several people keep one atlas together on a PostgreSQL server. This atlas stays your working copy; a sync sends your changes and brings the others&apos;.</source>
        <translation>Plusieurs personnes tiennent ensemble un atlas sur un serveur PostgreSQL. Cet atlas reste votre copie de travail ; une synchronisation envoie vos modifications et apporte celles des autres.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>db.example.org, or a socket folder such as /run/postgresql</source>
        <translation>db.example.org, ou un dossier de socket comme /run/postgresql</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The system&apos;s default (~/.postgresql/root.crt)</source>
        <translation>Valeur par défaut du système (~/.postgresql/root.crt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only when asked</source>
        <translation>Seulement sur demande</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Server:</source>
        <translation>&amp;Serveur :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Port:</source>
        <translation>&amp;Port :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Database:</source>
        <translation>&amp;Base de données :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pass&amp;word:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Certificate:</source>
        <translation>&amp;Certificat :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sync &amp;every:</source>
        <translation>Synchroniser &amp;toutes les :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connect and Sync</source>
        <translation>Se connecter et synchroniser</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The Server&apos;s Certificate</source>
        <translation>Certificat du serveur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificates (*.crt *.pem *.cer);;All files (*)</source>
        <translation>Certificats (*.crt *.pem *.cer);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>twinatlas::TeamError</name>
    <message>
        <location filename="../app/core/team/teamerror.cpp" line="+68"/>
        <source>The team server refused the user name or password for %1. Check both and connect again; the local atlas is unchanged.</source>
        <translation>Le serveur d’équipe a refusé le nom d’utilisateur ou le mot de passe de %1. Vérifiez les deux et reconnectez-vous ; l’atlas local est inchangé.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The certificate %2 to check the team server %1 with does not exist. No connection was made and nothing was sent; choose the server&apos;s certificate (or its authority&apos;s) in the connection settings.</source>
        <translation>Le certificat %2 servant à vérifier le serveur d’équipe %1 n’existe pas. Aucune connexion n’a été établie et rien n’a été envoyé ; choisissez le certificat du serveur (ou de son autorité) dans les réglages de connexion.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The team server %1 could not prove who it is: its certificate could not be verified. No connection was made and nothing was sent; choose the server&apos;s certificate (or its authority&apos;s) in the connection settings.</source>
        <translation>Le serveur d’équipe %1 n’a pas pu prouver son identité : son certificat n’a pas pu être vérifié. Aucune connexion n’a été établie et rien n’a été envoyé ; choisissez le certificat du serveur (ou de son autorité) dans les réglages de connexion.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The team server %1 could not prove who it is: its certificate does not match the certificate %2. No connection was made and nothing was sent; check that this is the team&apos;s server and its certificate.</source>
        <translation>Le serveur d’équipe %1 n’a pas pu prouver son identité : son certificat ne correspond pas au certificat %2. Aucune connexion n’a été établie et rien n’a été envoyé ; vérifiez qu’il s’agit bien du serveur de l’équipe et de son certificat.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server has no database %1. Check the database name.</source>
        <translation>Le serveur n’a pas de base de données %1. Vérifiez le nom de la base.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The team server %1 cannot be reached. Check the address and the network; the local atlas is unchanged and keeps working.</source>
        <translation>Le serveur d’équipe %1 est injoignable. Vérifiez l’adresse et le réseau ; l’atlas local est inchangé et continue de fonctionner.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The connection to the team server %1 was lost. %2</source>
        <translation>La connexion au serveur d’équipe %1 a été perdue. %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The team server lets %1 read the team atlas but not change it. %2 Ask the team&apos;s administrator for the editor role to send your changes.</source>
        <translation>Le serveur d’équipe permet à %1 de lire l’atlas d’équipe mais pas de le modifier. %2 Demandez le rôle editor à l’administrateur de l’équipe pour envoyer vos modifications.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Another desktop added the same partnership at the same moment. %1 Sync again to take theirs in.</source>
        <translation>Un autre poste a ajouté le même partenariat au même moment. %1 Synchronisez à nouveau pour reprendre le sien.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The team server refused the sync. %1</source>
        <translation>Le serveur d’équipe a refusé la synchronisation. %1</translation>
    </message>
</context>
<context>
    <name>twinatlas::TeamHistoryText</name>
    <message>
        <location filename="../app/core/team/teamhistorytext.cpp" line="+31"/>
        <source>Added by %1 on %2</source>
        <translation>Ajouté par %1 le %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Removed by %1 on %2</source>
        <translation>Supprimé par %1 le %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edited by %1 on %2</source>
        <translation>Modifié par %1 le %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 · %2 added it</source>
        <translation>%1 · %2 l’a ajouté</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 · %2 removed it</source>
        <translation>%1 · %2 l’a supprimé</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 · %2 changed it</source>
        <translation>%1 · %2 l’a modifié</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 · %2 changed %3</source>
        <translation>%1 · %2 a modifié %3</translation>
    </message>
</context>
<context>
    <name>twinatlas::TeamKinds</name>
    <message>
        <location filename="../app/core/team/teamkind.cpp" line="+174"/>
        <source>The whole row</source>
        <translation>L’élément entier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>GeoNames id</source>
        <translation>Identifiant GeoNames</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name in ASCII</source>
        <translation>Nom en ASCII</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Longitude</source>
        <translation>Longitude</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latitude</source>
        <translation>Latitude</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Population</source>
        <translation>Population</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Origin</source>
        <translation>Origine</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other names</source>
        <translation>Autres noms</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Web address</source>
        <translation>Adresse web</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First place</source>
        <translation>Premier lieu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Second place</source>
        <translation>Second lieu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Partnership</source>
        <translation>Partenariat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postcard</source>
        <translation>Carte postale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received</source>
        <translation>Reçue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Data version</source>
        <translation>Version des données</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>place</source>
        <translation>lieu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>source</source>
        <translation>source</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>partnership</source>
        <translation>partenariat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>event</source>
        <translation>événement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>source of a partnership</source>
        <translation>source d’un partenariat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>source of an event</source>
        <translation>source d’un événement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>postcard</source>
        <translation>carte postale</translation>
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
        <translation>%1, événement du %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+2"/>
        <source>%1, source “%2”</source>
        <translation>%1, source « %2 »</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Postcard from %1 to %2</source>
        <translation>Carte postale de %1 à %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+14"/>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
</context>
<context>
    <name>twinatlas::TeamServer</name>
    <message>
        <location filename="../app/core/team/teamserver.cpp" line="+27"/>
        <source>Nothing was received; the local atlas is unchanged.</source>
        <translation>Rien n’a été reçu ; l’atlas local est inchangé.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing was sent; your changes stay in this atlas and go with the next sync.</source>
        <translation>Rien n’a été envoyé ; vos modifications restent dans cet atlas et partiront à la prochaine synchronisation.</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>Qt&apos;s PostgreSQL driver is not installed (the Debian package libqt6sql6-psql); a team atlas cannot be reached without it.</source>
        <translation>Le pilote PostgreSQL de Qt n’est pas installé (le paquet Debian libqt6sql6-psql) ; sans lui, aucun atlas d’équipe n’est joignable.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>The database %1 holds no team atlas. Its administrator sets one up with: twinatlas server init &apos;%2&apos;</source>
        <translation>La base de données %1 ne contient aucun atlas d’équipe. Son administrateur en installe un avec : twinatlas server init &apos;%2&apos;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The team atlas on %1 was set up by a newer Twinatlas (its schema is version %2; this Twinatlas knows up to version %3). Update Twinatlas to sync with it; nothing was sent or received.</source>
        <translation>L’atlas d’équipe sur %1 a été installé par un Twinatlas plus récent (son schéma est en version %2 ; ce Twinatlas connaît jusqu’à la version %3). Mettez Twinatlas à jour pour le synchroniser ; rien n’a été envoyé ni reçu.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The team atlas on %1 has schema version %2; this Twinatlas needs version %3. Its administrator upgrades it by starting this Twinatlas, or with: twinatlas server init &apos;%4&apos;</source>
        <translation>L’atlas d’équipe sur %1 a le schéma en version %2 ; ce Twinatlas a besoin de la version %3. Son administrateur le met à jour en démarrant ce Twinatlas, ou avec : twinatlas server init &apos;%4&apos;</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The team atlas on %1 could not be upgraded; it is as it was.</source>
        <translation>L’atlas d’équipe sur %1 n’a pas pu être mis à jour ; il est resté tel quel.</translation>
    </message>
</context>
<context>
    <name>twinatlas::TeamServerAddress</name>
    <message>
        <location filename="../app/core/team/teamserveraddress.cpp" line="+46"/>
        <source>“%1” is not a URL: %2</source>
        <translation>« %1 » n’est pas une URL : %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” is not a PostgreSQL address; it starts with postgresql://.</source>
        <translation>« %1 » n’est pas une adresse PostgreSQL ; elle commence par postgresql://.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The port “%1” is not a number from 1 to 65535.</source>
        <translation>Le port « %1 » n’est pas un nombre de 1 à 65535.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>sslmode “%1” is not one of %2.</source>
        <translation>sslmode « %1 » n’est pas l’une des valeurs %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The address option “%1” is not known; use host, port, dbname, user, sslmode or sslrootcert.</source>
        <translation>L’option d’adresse « %1 » est inconnue ; utilisez host, port, dbname, user, sslmode ou sslrootcert.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The address names no server: give a host (postgresql://user@host/database) or a socket folder (?host=/run/postgresql).</source>
        <translation>L’adresse ne nomme aucun serveur : indiquez un hôte (postgresql://utilisateur@hôte/base) ou un dossier de socket (?host=/run/postgresql).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The address names no database: postgresql://user@host/database.</source>
        <translation>L’adresse ne nomme aucune base de données : postgresql://utilisateur@hôte/base.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The address names no user: postgresql://user@host/database.</source>
        <translation>L’adresse ne nomme aucun utilisateur : postgresql://utilisateur@hôte/base.</translation>
    </message>
</context>
<context>
    <name>twinatlas::TeamSync</name>
    <message>
        <location filename="../app/core/team/teamsync.cpp" line="+195"/>
        <source>Your changes were sent, but this atlas could not note that they were. Nothing is lost: the next sync sorts it out.</source>
        <translation>Vos modifications ont été envoyées, mais cet atlas n’a pas pu le noter. Rien n’est perdu : la prochaine synchronisation remet tout en ordre.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The team&apos;s changes could not be written into this atlas; nothing was changed here. The next sync tries again.</source>
        <translation>Les modifications de l’équipe n’ont pas pu être écrites dans cet atlas ; rien n’a été modifié ici. La prochaine synchronisation réessaiera.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This atlas is open read-only, so it cannot take the team&apos;s changes: sync from the Twinatlas window that has it open.</source>
        <translation>Cet atlas est ouvert en lecture seule et ne peut donc pas recevoir les modifications de l’équipe : synchronisez depuis la fenêtre Twinatlas qui l’a ouvert.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>This atlas is kept with another team atlas (last synced with %1), not with %2. To sync it with %2, disconnect it from the other first; its rows and your changes stay.</source>
        <translation>Cet atlas est tenu avec un autre atlas d’équipe (dernière synchronisation avec %1), pas avec %2. Pour le synchroniser avec %2, déconnectez-le d’abord de l’autre ; ses lignes et vos modifications restent.</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>The atlas changed during the sync.</source>
        <translation>L’atlas a changé pendant la synchronisation.</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>The atlas kept changing during the sync; sync again.</source>
        <translation>L’atlas n’a cessé de changer pendant la synchronisation ; synchronisez à nouveau.</translation>
    </message>
    <message>
        <location line="+182"/>
        <source>The team&apos;s version cannot be taken: it refers to rows this atlas does not have, or rows here still need this one.</source>
        <translation>La version de l’équipe ne peut pas être reprise : elle renvoie à des lignes que cet atlas n’a pas, ou des lignes d’ici ont encore besoin de celle-ci.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The atlas changed meanwhile; choose again.</source>
        <translation>L’atlas a changé entre-temps ; choisissez à nouveau.</translation>
    </message>
</context>
<context>
    <name>twinatlas::TeamSyncReport</name>
    <message numerus="yes">
        <location filename="../app/core/team/teamsyncreport.cpp" line="+24"/>
        <source>%Ln place(s)</source>
        <translation>
            <numerusform>%Ln lieu</numerusform>
            <numerusform>%Ln lieux</numerusform>
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
            <numerusform>%Ln partenariat</numerusform>
            <numerusform>%Ln partenariats</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln event(s)</source>
        <translation>
            <numerusform>%Ln événement</numerusform>
            <numerusform>%Ln événements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln cited source(s)</source>
        <translation>
            <numerusform>%Ln source citée</numerusform>
            <numerusform>%Ln sources citées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln postcard(s)</source>
        <translation>
            <numerusform>%Ln carte postale</numerusform>
            <numerusform>%Ln cartes postales</numerusform>
        </translation>
    </message>
    <message>
        <location line="+34"/>
        <source>nothing new came in</source>
        <translation>rien de nouveau n’est arrivé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 came in</source>
        <translation>arrivé : %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln change(s) sent</source>
        <translation>
            <numerusform>%Ln modification envoyée</numerusform>
            <numerusform>%Ln modifications envoyées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln change(s) wait for the next sync</source>
        <translation>
            <numerusform>%Ln modification attend la prochaine synchronisation</numerusform>
            <numerusform>%Ln modifications attendent la prochaine synchronisation</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln team row(s) this atlas cannot take yet</source>
        <translation>
            <numerusform>%Ln ligne de l’équipe que cet atlas ne peut pas encore prendre</numerusform>
            <numerusform>%Ln lignes de l’équipe que cet atlas ne peut pas encore prendre</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln conflict(s) to settle</source>
        <translation>
            <numerusform>%Ln conflit à régler</numerusform>
            <numerusform>%Ln conflits à régler</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>twinatlas::TextDecoder</name>
    <message>
        <location filename="../app/core/io/textdecoder.cpp" line="+63"/>
        <source>the line is longer than %1 characters; this is not a list of places</source>
        <translation>la ligne dépasse %1 caractères&#xa0;; ce n’est pas une liste de lieux</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>NUL byte: this is a binary file, or UTF-16 without a byte order mark</source>
        <translation>octet NUL&#xa0;: c’est un fichier binaire, ou de l’UTF-16 sans indicateur d’ordre des octets</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>the file ends inside a UTF-8 character: it is truncated</source>
        <translation>le fichier se termine au milieu d’un caractère UTF-8&#xa0;: il est tronqué</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>invalid UTF-8 (byte 0x%1)</source>
        <translation>UTF-8 non valide (octet 0x%1)</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>byte 0x%1 is neither UTF-8 nor a Windows-1252 character</source>
        <translation>l’octet 0x%1 n’est ni de l’UTF-8 ni un caractère Windows-1252</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>the file ends inside a UTF-16 character: it is truncated</source>
        <translation>le fichier se termine au milieu d’un caractère UTF-16&#xa0;: il est tronqué</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>NUL character: this is a binary file</source>
        <translation>caractère NUL&#xa0;: c’est un fichier binaire</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+9"/>
        <source>invalid UTF-16 (an unpaired surrogate)</source>
        <translation>UTF-16 non valide (un demi-code d’indirection isolé)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>the file is larger than %1 MB; split it</source>
        <translation>le fichier dépasse %1 Mo&#xa0;; découpez-le</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>byte 0x%1 is not UTF-8, but the file is UTF-8 at line %2, column %3: it mixes two encodings; save it in one (UTF-8), or choose its encoding</source>
        <translation>l’octet 0x%1 n’est pas de l’UTF-8, mais le fichier est en UTF-8 à la ligne %2, colonne %3&#xa0;: il mélange deux encodages&#xa0;; enregistrez-le dans un seul (UTF-8) ou choisissez son encodage</translation>
    </message>
</context>
<context>
    <name>twinatlas::TimelineModel</name>
    <message>
        <location filename="../app/models/timelinemodel.cpp" line="+30"/>
        <source>%1: %2</source>
        <comment>date: description</comment>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>twinatlas::TimelineView</name>
    <message>
        <location filename="../app/ui/timelineview.cpp" line="+102"/>
        <source>No events are recorded for this partnership.</source>
        <translation>Aucun événement n’est enregistré pour ce jumelage.</translation>
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
        <translation>Source&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&lt;a href=&quot;edit&quot;&gt;Edit&lt;/a&gt;</source>
        <translation>&lt;a href=&quot;edit&quot;&gt;Modifier&lt;/a&gt;</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&lt;a href=&quot;remove&quot;&gt;Remove&lt;/a&gt;</source>
        <translation>&lt;a href=&quot;remove&quot;&gt;Supprimer&lt;/a&gt;</translation>
    </message>
</context>
<context>
    <name>twinatlas::UpgradeReport</name>
    <message>
        <location filename="../app/core/db/upgradereport.cpp" line="+25"/>
        <source>Your atlas could not be updated to the new data; it is as it was. %1</source>
        <translation>Votre atlas n’a pas pu être mis à jour avec les nouvelles données&#xa0;; il est inchangé. %1</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n new partnership(s)</source>
        <translation>
            <numerusform>%n nouveau jumelage</numerusform>
            <numerusform>%n nouveaux jumelages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n new place(s)</source>
        <translation>
            <numerusform>%n nouveau lieu</numerusform>
            <numerusform>%n nouveaux lieux</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n new event(s)</source>
        <translation>
            <numerusform>%n nouvel événement</numerusform>
            <numerusform>%n nouveaux événements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n corrected</source>
        <translation>
            <numerusform>%n corrigé</numerusform>
            <numerusform>%n corrigés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n removed</source>
        <translation>
            <numerusform>%n supprimé</numerusform>
            <numerusform>%n supprimés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The atlas data was updated to %1: %2; your %n edit(s) kept.</source>
        <translation>
            <numerusform>Les données de l’atlas ont été mises à jour en %1&#xa0;: %2&#xa0;; votre modification est conservée.</numerusform>
            <numerusform>Les données de l’atlas ont été mises à jour en %1&#xa0;: %2&#xa0;; vos %n modifications sont conservées.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The atlas data was updated to %1: %2.</source>
        <translation>Les données de l’atlas ont été mises à jour en %1&#xa0;: %2.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n row(s) the new data drops are kept because your entries use them.</source>
        <translation>
            <numerusform>%n ligne que les nouvelles données suppriment est conservée, car vos entrées l’utilisent.</numerusform>
            <numerusform>%n lignes que les nouvelles données suppriment sont conservées, car vos entrées les utilisent.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A copy of your atlas from before is at %1.</source>
        <translation>Une copie de votre atlas d’avant se trouve dans %1.</translation>
    </message>
</context>
<context>
    <name>twinatlas::WhereCommand</name>
    <message>
        <location filename="../app/cli/wherecommand.cpp" line="+54"/>
        <source>Prints the place with partnerships nearest to a position: the last valid fix of an NMEA log, or a longitude and latitude. Then its partnerships, as query prints them.</source>
        <translation>Affiche le lieu jumelé le plus proche d’une position&#xa0;: la dernière position valide d’un journal NMEA, ou une longitude et une latitude. Puis ses jumelages, comme les affiche query.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>An NMEA log (a GPS receiver&apos;s sentences) whose last valid fix is the position.</source>
        <translation>Un journal NMEA (les phrases d’un récepteur GPS) dont la dernière position valide donne la position.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+6"/>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>The longitude, in degrees east.</source>
        <translation>La longitude, en degrés est.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>DEG</source>
        <translation>DEG</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>The latitude, in degrees north.</source>
        <translation>La latitude, en degrés nord.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The atlas file to read.</source>
        <translation>Le fichier d’atlas à lire.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>unexpected argument “%1”</source>
        <translation>argument inattendu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>give either --nmea FILE or --lon DEG --lat DEG</source>
        <translation>indiquez soit --nmea FICHIER, soit --lon DEG --lat DEG</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 holds no valid position fix (%2).</source>
        <translation>%1 ne contient aucune position valide (%2).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: used the last valid fix, on line %2 (%3).</source>
        <translation>%1&#xa0;: dernière position valide utilisée, ligne %2 (%3).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>give both --lon and --lat</source>
        <translation>indiquez à la fois --lon et --lat</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--lon takes degrees from -180 to 180, not “%1”</source>
        <translation>--lon prend des degrés de -180 à 180, pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--lat takes degrees from -90 to 90, not “%1”</source>
        <translation>--lat prend des degrés de -90 à 90, pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the atlas holds no place with partnerships</source>
        <translation>l’atlas ne contient aucun lieu jumelé</translation>
    </message>
</context>
<context>
    <name>twinatlas::WikidataActions</name>
    <message>
        <location filename="../app/ui/wikidataactions.cpp" line="+28"/>
        <source>Get partnerships from &amp;Wikidata…</source>
        <translation>Obtenir les jumelages de &amp;Wikidata…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add the twinnings Wikidata records for the world, a country or the selected place</source>
        <translation>Ajouter les jumelages que Wikidata recense pour le monde, un pays ou le lieu choisi</translation>
    </message>
</context>
<context>
    <name>twinatlas::WikidataBatch</name>
    <message>
        <location filename="../app/core/wikidata/wikidatabatch.cpp" line="+100"/>
        <source>(more warnings left out)</source>
        <translation>(autres avertissements omis)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the answer has no “%1” column: it is not the answer to Twinatlas&apos;s query</source>
        <translation>la réponse n’a pas de colonne «&#xa0;%1&#xa0;»&#xa0;: ce n’est pas la réponse à la requête de Twinatlas</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>row %1 of the answer is not a Wikidata statement on an item</source>
        <translation>la ligne %1 de la réponse n’est pas une déclaration Wikidata sur un élément</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>row %1 of the answer: statement %2 is not on %3</source>
        <translation>ligne %1 de la réponse&#xa0;: la déclaration %2 n’est pas sur %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>statement %1 names no item as twin; left out</source>
        <translation>la déclaration %1 ne nomme aucun élément comme jumeau&#xa0;; omise</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>statement %1 names its own item as twin; left out</source>
        <translation>la déclaration %1 nomme son propre élément comme jumeau&#xa0;; omise</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>statement %1: the date “%2” (precision %3) is left out</source>
        <translation>déclaration %1&#xa0;: la date «&#xa0;%2&#xa0;» (précision %3) est omise</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1: the coordinates “%2” are left out</source>
        <translation>%1&#xa0;: les coordonnées «&#xa0;%2&#xa0;» sont omises</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: the GeoNames ID “%2” is left out</source>
        <translation>%1&#xa0;: l’identifiant GeoNames «&#xa0;%2&#xa0;» est omis</translation>
    </message>
</context>
<context>
    <name>twinatlas::WikidataCommand</name>
    <message>
        <location filename="../app/cli/wikidatacommand.cpp" line="+49"/>
        <source>Gets the twinnings (“twinned administrative body”, P190) of the world, a country or a place from Wikidata and adds them to the atlas in one step. Each place is resolved against the gazetteer; doubtful ones are left out and reported. Run again, it brings what changed since the last fetch; your own edits are kept.</source>
        <translation>Obtient de Wikidata les jumelages (propriété P190) du monde, d’un pays ou d’un lieu et les ajoute à l’atlas en une seule étape. Chaque lieu est recherché dans le répertoire des lieux&#xa0;; les lieux douteux sont laissés de côté et signalés. Relancé, il apporte ce qui a changé depuis la dernière récupération&#xa0;; vos propres modifications sont conservées.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The whole world, country by country (the default).</source>
        <translation>Le monde entier, pays par pays (par défaut).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One country, by its ISO 3166-1 code, e.g. DE or PL.</source>
        <translation>Un pays, par son code ISO 3166-1, par exemple DE ou PL.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One place of the atlas, by name.</source>
        <translation>Un lieu de l’atlas, par son nom.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The SPARQL endpoint over Wikidata (default: %1, or the one chosen in Preferences).</source>
        <translation>Le point d’accès SPARQL sur Wikidata (par défaut&#xa0;: %1, ou celui choisi dans les Préférences).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The language of the place names kept from Wikidata&apos;s labels (default: the interface language).</source>
        <translation>La langue des noms de lieux repris des libellés de Wikidata (par défaut&#xa0;: la langue de l’interface).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>LANG</source>
        <translation>LANGUE</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give up a request after this many seconds of silence (default: 120).</source>
        <translation>Abandonner une requête après ce nombre de secondes de silence (par défaut&#xa0;: 120).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SECONDS</source>
        <translation>SECONDES</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fetch, resolve and report; write nothing.</source>
        <translation>Récupérer, résoudre et rendre compte&#xa0;; ne rien écrire.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write every statement and what became of it as CSV.</source>
        <translation>Écrire chaque déclaration et ce qu’elle est devenue en CSV.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The atlas file to add to.</source>
        <translation>Le fichier d’atlas auquel ajouter.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>unexpected “%1”; name a country with --country, a place with --place.</source>
        <translation>«&#xa0;%1&#xa0;» inattendu&#xa0;; nommez un pays avec --country, un lieu avec --place.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>give one of --all, --country and --place.</source>
        <translation>donnez une seule des options --all, --country et --place.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--endpoint takes an http or https URL, such as %1.</source>
        <translation>--endpoint attend une URL http ou https, comme %1.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--timeout takes seconds, from 1 to 3600.</source>
        <translation>--timeout attend des secondes, de 1 à 3600.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>no place is called “%1”.</source>
        <translation>aucun lieu ne s’appelle «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the atlas has no countries to ask for.</source>
        <translation>l’atlas n’a aucun pays à demander.</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%1 (%2 of %3): %n statements so far</source>
        <translation>
            <numerusform>%1 (%2 sur %3)&#xa0;: %n déclaration jusqu’ici</numerusform>
            <numerusform>%1 (%2 sur %3)&#xa0;: %n déclarations jusqu’ici</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%1; waiting %n seconds.</source>
        <translation>
            <numerusform>%1&#xa0;; attente de %n seconde.</numerusform>
            <numerusform>%1&#xa0;; attente de %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 Nothing was changed.</source>
        <translation>%1 Rien n’a été modifié.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>cannot write the report %1: %2</source>
        <translation>impossible d’écrire le rapport %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Nothing was written: %1</source>
        <translation>Rien n’a été écrit&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>twinatlas::WikidataDialog</name>
    <message>
        <location filename="../app/ui/wikidatadialog.cpp" line="+56"/>
        <source>Save &amp;report…</source>
        <translation>Enregistrer le &amp;rapport…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Get</source>
        <translation>&amp;Obtenir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add to the atlas</source>
        <translation>&amp;Ajouter à l’atlas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Get partnerships from Wikidata</source>
        <translation>Obtenir les jumelages de Wikidata</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Ask Wikidata now; nothing is added before you have seen what it brings</source>
        <translation>Interroger Wikidata maintenant&#xa0;; rien n’est ajouté avant que vous ayez vu ce qui arrive</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write what the review shows into the atlas, as one step that Undo takes back</source>
        <translation>Écrire dans l’atlas ce que montre la revue, en une seule étape qu’«&#xa0;Annuler&#xa0;» défait</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save every statement and what became of it as CSV</source>
        <translation>Enregistrer chaque déclaration et ce qu’elle est devenue en CSV</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Save report</source>
        <translation>Enregistrer le rapport</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>wikidata-report.csv</source>
        <translation>rapport-wikidata.csv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Report not saved</source>
        <translation>Rapport non enregistré</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Asking Wikidata for %1 (%2 of %3)…</source>
        <translation>Interrogation de Wikidata pour %1 (%2 sur %3)…</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n twinning statements so far</source>
        <translation>
            <numerusform>%n déclaration de jumelage jusqu’ici</numerusform>
            <numerusform>%n déclarations de jumelage jusqu’ici</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1; trying again in %n seconds.</source>
        <translation>
            <numerusform>%1&#xa0;; nouvel essai dans %n seconde.</numerusform>
            <numerusform>%1&#xa0;; nouvel essai dans %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Loading the gazetteer…</source>
        <translation>Chargement du répertoire des lieux…</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Finding %n places in the gazetteer…</source>
        <translation>
            <numerusform>Recherche de %n lieu dans le répertoire…</numerusform>
            <numerusform>Recherche de %n lieux dans le répertoire…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Get the twinnings recorded in Wikidata</source>
        <translation>Obtenir les jumelages recensés dans Wikidata</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Wikidata, the free knowledge base anyone can edit, records most of the world&apos;s twinnings (“twinned administrative body”), with the start and end dates it knows. Twinatlas asks it for them, finds each town in its gazetteer and shows you what is new before anything is added. Asked again later, it brings what changed; your own edits are kept.</source>
        <translation>Wikidata, la base de connaissances libre que chacun peut modifier, recense la plupart des jumelages du monde (propriété P190), avec les dates de début et de fin qu’elle connaît. Twinatlas les lui demande, trouve chaque ville dans son répertoire des lieux et vous montre ce qui est nouveau avant d’ajouter quoi que ce soit. Interrogée de nouveau plus tard, elle apporte ce qui a changé&#xa0;; vos propres modifications sont conservées.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The whole &amp;world, country by country (a few minutes)</source>
        <translation>Le &amp;monde entier, pays par pays (quelques minutes)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One &amp;country:</source>
        <translation>Un &amp;pays&#xa0;:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The selected &amp;place (choose one on the map or in the list first)</source>
        <translation>Le &amp;lieu choisi (choisissez-en d’abord un sur la carte ou dans la liste)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The selected &amp;place: %1 (not in GeoNames, so not to be found in Wikidata by it; choose its country)</source>
        <translation>Le &amp;lieu choisi&#xa0;: %1 (absent de GeoNames, donc introuvable par lui dans Wikidata&#xa0;; choisissez son pays)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The selected &amp;place: %1</source>
        <translation>Le &amp;lieu choisi&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Asks %1, the service set in Preferences.</source>
        <translation>Interroge %1, le service réglé dans les Préférences.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Last fetched on %1: %2.</source>
        <translation>Dernière récupération le %1&#xa0;: %2.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Partnership</source>
        <translation>Jumelage</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Changes</source>
        <translation>Changements</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+150"/>
        <source>Places</source>
        <translation>Lieux</translation>
    </message>
    <message>
        <location line="-90"/>
        <source>Asking Wikidata…</source>
        <translation>Interrogation de Wikidata…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cancelled; nothing was changed.</source>
        <translation>Annulé&#xa0;; rien n’a été modifié.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1
Nothing was changed.</source>
        <translation>%1
Rien n’a été modifié.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>New</source>
        <translation>Nouveaux</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dates changed in Wikidata</source>
        <translation>Dates modifiées dans Wikidata</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kept as in your atlas</source>
        <translation>Conservés comme dans votre atlas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No longer in Wikidata: tick those to remove</source>
        <translation>Plus dans Wikidata&#xa0;: cochez ceux à supprimer</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tick to remove this partnership from the atlas</source>
        <translation>Cocher pour supprimer ce jumelage de l’atlas</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… et %n autre</numerusform>
            <numerusform>… et %n autres</numerusform>
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
        <translation>Rien de nouveau&#xa0;: l’atlas a déjà ce que Wikidata recense.</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n new partnerships</source>
        <translation>
            <numerusform>%n nouveau jumelage</numerusform>
            <numerusform>%n nouveaux jumelages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n confirmed</source>
        <translation>
            <numerusform>%n confirmé</numerusform>
            <numerusform>%n confirmés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n with changed dates</source>
        <translation>
            <numerusform>%n aux dates modifiées</numerusform>
            <numerusform>%n aux dates modifiées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n kept as in your atlas</source>
        <translation>
            <numerusform>%n conservé comme dans votre atlas</numerusform>
            <numerusform>%n conservés comme dans votre atlas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n no longer in Wikidata</source>
        <translation>
            <numerusform>%n qui n’est plus dans Wikidata</numerusform>
            <numerusform>%n qui ne sont plus dans Wikidata</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>From %n twinning statements: %1.</source>
        <translation>
            <numerusform>D’après %n déclaration de jumelage&#xa0;: %1.</numerusform>
            <numerusform>D’après %n déclarations de jumelage&#xa0;: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n places new to the atlas are added at Wikidata&apos;s coordinates.</source>
        <translation>
            <numerusform>%n lieu nouveau pour l’atlas est ajouté aux coordonnées de Wikidata.</numerusform>
            <numerusform>%n lieux nouveaux pour l’atlas sont ajoutés aux coordonnées de Wikidata.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n places could not be placed for sure: see Places; what you leave undecided is left out, and asked again next time.</source>
        <translation>
            <numerusform>%n lieu n’a pas pu être situé avec certitude&#xa0;: voir Lieux&#xa0;; ce que vous laissez sans décision est laissé de côté, et redemandé la prochaine fois.</numerusform>
            <numerusform>%n lieux n’ont pas pu être situés avec certitude&#xa0;: voir Lieux&#xa0;; ce que vous laissez sans décision est laissé de côté, et redemandé la prochaine fois.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Places (%n to decide)</source>
        <translation>
            <numerusform>Lieux (%n à trancher)</numerusform>
            <numerusform>Lieux (%n à trancher)</numerusform>
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
        <translation>Rien n’a été ajouté</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Wikidata has nothing new for the atlas.</source>
        <translation>Wikidata n’a rien de nouveau pour l’atlas.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Added %n partnerships from Wikidata</source>
        <translation>
            <numerusform>%n jumelage ajouté depuis Wikidata</numerusform>
            <numerusform>%n jumelages ajoutés depuis Wikidata</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 cannot be written: %2</source>
        <translation>%1 ne peut pas être écrit&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>twinatlas::WikidataFetch</name>
    <message>
        <location filename="../app/core/wikidata/wikidatafetch.cpp" line="+129"/>
        <source>“%1” is not the http or https address of a SPARQL endpoint.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas l’adresse http ou https d’un point d’accès SPARQL.</translation>
    </message>
    <message>
        <location line="+123"/>
        <source>The answer of %1 for %2 is larger than %3 MB; none of it is used.</source>
        <translation>La réponse de %1 pour %2 dépasse %3&#xa0;Mo&#xa0;; rien n’en est utilisé.</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%1 did not answer for %n seconds</source>
        <translation>
            <numerusform>%1 n’a pas répondu pendant %n seconde</numerusform>
            <numerusform>%1 n’a pas répondu pendant %n secondes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The connection to %1 broke off: %2</source>
        <translation>La connexion à %1 s’est interrompue&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 could not be found: there is no network, or the address is wrong (%2).</source>
        <translation>%1 est introuvable&#xa0;: pas de réseau, ou l’adresse est fausse (%2).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The proxy %1 would not connect to %2: %3</source>
        <translation>Le proxy %1 a refusé de se connecter à %2&#xa0;: %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 could not be reached: %2</source>
        <translation>%1 est injoignable&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%1 is busy and asks to wait %n minutes; try again later.</source>
        <translation>
            <numerusform>%1 est occupé et demande d’attendre %n minute&#xa0;; réessayez plus tard.</numerusform>
            <numerusform>%1 est occupé et demande d’attendre %n minutes&#xa0;; réessayez plus tard.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 asks for a pause (too many requests)</source>
        <translation>%1 demande une pause (trop de requêtes)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is busy (service unavailable)</source>
        <translation>%1 est occupé (service indisponible)</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+4"/>
        <source>%1 answered %2 %3 for %4: %5</source>
        <translation>%1 a répondu %2 %3 pour %4&#xa0;: %5</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 answered for %2 with %3, not with SPARQL results in JSON: %4</source>
        <translation>%1 a répondu pour %2 avec %3, et non avec des résultats SPARQL en JSON&#xa0;: %4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no content type</source>
        <translation>aucun type de contenu</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%1 (tried %n times).</source>
        <translation>
            <numerusform>%1 (%n essai).</numerusform>
            <numerusform>%1 (%n essais).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+43"/>
        <source>The answer of %1 for %2 is broken: %3</source>
        <translation>La réponse de %1 pour %2 est défectueuse&#xa0;: %3</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The fetch was cancelled; nothing was changed.</source>
        <translation>La récupération a été annulée&#xa0;; rien n’a été modifié.</translation>
    </message>
</context>
<context>
    <name>twinatlas::WikidataRunner</name>
    <message>
        <location filename="../app/ui/wikidatarunner.cpp" line="+82"/>
        <location line="+21"/>
        <source>The fetch was cancelled; nothing was changed.</source>
        <translation>La récupération a été annulée&#xa0;; rien n’a été modifié.</translation>
    </message>
</context>
<context>
    <name>twinatlas::WikidataScope</name>
    <message>
        <location filename="../app/core/wikidata/wikidatascope.cpp" line="+84"/>
        <source>the whole world</source>
        <translation>le monde entier</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>“%1” is not an ISO 3166-1 country code such as DE or PL.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un code de pays ISO 3166-1 comme DE ou PL.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 has no GeoNames ID to find it in Wikidata by; get its country instead.</source>
        <translation>%1 n’a pas d’identifiant GeoNames pour le trouver dans Wikidata&#xa0;; obtenez plutôt son pays.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+10"/>
        <source>The atlas could not be read: it %1</source>
        <translation>L’atlas n’a pas pu être lu : il %1</translation>
    </message>
</context>
<context>
    <name>twinatlas::WikidataUpdate</name>
    <message>
        <location filename="../app/core/wikidata/wikidataupdate.cpp" line="+72"/>
        <source>no dates</source>
        <translation>sans dates</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>since %1</source>
        <translation>depuis %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>until %1</source>
        <translation>jusqu’à %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 to %2</source>
        <translation>de %1 à %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The atlas could not be read: it %1</source>
        <translation>L’atlas n’a pas pu être lu : il %1</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>The atlas could not be read: partnership %1 vanished.</source>
        <translation>L’atlas n’a pas pu être lu&#xa0;: le jumelage %1 a disparu.</translation>
    </message>
    <message>
        <location line="+137"/>
        <source>Wikidata: %1 (%2), twinned administrative body %3 (%4)</source>
        <translation>Wikidata&#xa0;: %1 (%2), jumelée avec %3 (%4)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The fetch was cancelled; nothing was changed.</source>
        <translation>La récupération a été annulée&#xa0;; rien n’a été modifié.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the place of Wikidata&apos;s %1 at an earlier fetch</source>
        <translation>le lieu de l’élément %1 de Wikidata lors d’une récupération précédente</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>You removed this partnership; Wikidata still lists it. It stays removed.</source>
        <translation>Vous avez supprimé ce jumelage&#xa0;; Wikidata le mentionne encore. Il reste supprimé.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the atlas&apos;s start date, %1 (Wikidata now says %2)</source>
        <translation>la date de début de l’atlas, %1 (Wikidata indique maintenant %2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the atlas&apos;s end date, %1 (Wikidata now says %2)</source>
        <translation>la date de fin de l’atlas, %1 (Wikidata indique maintenant %2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the atlas&apos;s dates, which Wikidata&apos;s new ones (%1) contradict</source>
        <translation>les dates de l’atlas, que contredisent les nouvelles de Wikidata (%1)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1, was %2</source>
        <translation>%1, auparavant %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Kept: %1.</source>
        <translation>Conservé&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Wikidata no longer lists this twinning.</source>
        <translation>Wikidata ne mentionne plus ce jumelage.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wikidata no longer lists this twinning (not found since %1).</source>
        <translation>Wikidata ne mentionne plus ce jumelage (introuvable depuis le %1).</translation>
    </message>
</context>
<context>
    <name>twinatlas::WriteSession</name>
    <message>
        <location filename="../app/core/edit/writesession.cpp" line="+79"/>
        <source>The change could not be saved: %1</source>
        <translation>La modification n’a pas pu être enregistrée&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1: refers to a row that no earlier step of this change adds.</source>
        <translation>%1&#xa0;: fait référence à une ligne qu’aucune étape antérieure de cette modification n’ajoute.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The placeholder id %1 is used for two new rows.</source>
        <translation>L’identifiant provisoire %1 est utilisé pour deux nouvelles lignes.</translation>
    </message>
    <message>
        <location line="+120"/>
        <location line="+76"/>
        <source>The change could not be saved: the atlas %1.</source>
        <translation>La modification n’a pas pu être enregistrée&#xa0;: l’atlas %1.</translation>
    </message>
    <message>
        <location line="-71"/>
        <source>The search index could not be updated: %1</source>
        <translation>L’index de recherche n’a pas pu être mis à jour&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>There is no place %1 to change.</source>
        <translation>Il n’y a pas de lieu %1 à modifier.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>An alternate name is changed by removing it and adding the new one.</source>
        <translation>Un autre nom se modifie en le supprimant et en ajoutant le nouveau.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The place has no alternate name “%1”.</source>
        <translation>Le lieu n’a pas d’autre nom «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>There is no partnership %1 to remove.</source>
        <translation>Il n’y a pas de jumelage %1 à supprimer.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>There is no partnership %1 to change.</source>
        <translation>Il n’y a pas de jumelage %1 à modifier.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>There is no event %1 to remove.</source>
        <translation>Il n’y a pas d’événement %1 à supprimer.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>There is no event %1 to change.</source>
        <translation>Il n’y a pas d’événement %1 à modifier.</translation>
    </message>
    <message>
        <location line="+52"/>
        <location line="+52"/>
        <location line="+29"/>
        <source>There is no source %1.</source>
        <translation>Il n’y a pas de source %1.</translation>
    </message>
    <message>
        <location line="-37"/>
        <location line="+29"/>
        <source>A cited source is changed by removing it and adding another.</source>
        <translation>Une source citée se modifie en la supprimant et en en ajoutant une autre.</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>There is no partnership %1.</source>
        <translation>Il n’y a pas de jumelage %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The partnership already cites this source.</source>
        <translation>Le jumelage cite déjà cette source.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The partnership does not cite this source.</source>
        <translation>Le jumelage ne cite pas cette source.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>There is no event %1.</source>
        <translation>Il n’y a pas d’événement %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The event already cites this source.</source>
        <translation>L’événement cite déjà cette source.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The event does not cite this source.</source>
        <translation>L’événement ne cite pas cette source.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+7"/>
        <source>The partner is not on the checklist.</source>
        <translation>Le partenaire n’est pas sur la liste.</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>The partner is already on the checklist.</source>
        <translation>Le partenaire est déjà sur la liste.</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+6"/>
        <source>The place has no name in “%1”.</source>
        <translation>Le lieu n’a pas de nom en «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>The place already has a name in “%1”.</source>
        <translation>Le lieu a déjà un nom en «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A place&apos;s name cannot be empty.</source>
        <translation>Le nom d’un lieu ne peut pas être vide.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This row is already there.</source>
        <translation>Cette ligne existe déjà.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no row to change.</source>
        <translation>Il n’y a pas de ligne à modifier.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no row to remove.</source>
        <translation>Il n’y a pas de ligne à supprimer.</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+4"/>
        <source>There is no tombstone for %1.</source>
        <translation>Il n’y a pas de marque de suppression pour %1.</translation>
    </message>
</context>
</TS>
