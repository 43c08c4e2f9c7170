<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AboutBox</name>
    <message>
        <location filename="../app/ui/aboutbox.cpp" line="+19"/>
        <source>&lt;h3&gt;Twinatlas %1&lt;/h3&gt;&lt;p&gt;A desktop atlas of sister cities and twin towns.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Twinatlas %1&lt;/h3&gt;&lt;p&gt;Un atlas de escritorio de ciudades hermanas y hermanadas.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&lt;p&gt;Bundled data version %1: %2, %3, %4 and %5.</source>
        <translation>&lt;p&gt;Versión de los datos incluidos %1: %2, %3, %4 y %5.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln places</source>
        <translation>
            <numerusform>%Ln lugar</numerusform>
            <numerusform>%Ln lugares</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln partnerships</source>
        <translation>
            <numerusform>%Ln hermanamiento</numerusform>
            <numerusform>%Ln hermanamientos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln events</source>
        <translation>
            <numerusform>%Ln evento</numerusform>
            <numerusform>%Ln eventos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln sources</source>
        <translation>
            <numerusform>%Ln fuente</numerusform>
            <numerusform>%Ln fuentes</numerusform>
        </translation>
    </message>
    <message>
        <location line="-8"/>
        <location line="+10"/>
        <source>&lt;p&gt;The bundled data cannot be read: %1</source>
        <translation>&lt;p&gt;No se pueden leer los datos incluidos: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your atlas: data version %1.</source>
        <translation>Tu atlas: versión de datos %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;p&gt;Twinatlas is free software under the &lt;a href=&quot;https://www.gnu.org/licenses/gpl-3.0.html&quot;&gt;GNU General Public License, version 3 or later&lt;/a&gt;.&lt;/p&gt;&lt;p&gt;Places and their names: &lt;a href=&quot;https://www.geonames.org/&quot;&gt;GeoNames&lt;/a&gt;, licensed under &lt;a href=&quot;https://creativecommons.org/licenses/by/4.0/&quot;&gt;CC BY 4.0&lt;/a&gt;.&lt;br&gt;Land and borders: &lt;a href=&quot;https://www.naturalearthdata.com/&quot;&gt;Natural Earth&lt;/a&gt;, in the public domain.&lt;br&gt;Partnerships: collected by hand from the sources the detail pane lists for each.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Twinatlas es software libre bajo la &lt;a href=&quot;https://www.gnu.org/licenses/gpl-3.0.html&quot;&gt;Licencia Pública General de GNU, versión 3 o posterior&lt;/a&gt;.&lt;/p&gt;&lt;p&gt;Lugares y sus nombres: &lt;a href=&quot;https://www.geonames.org/&quot;&gt;GeoNames&lt;/a&gt;, con licencia &lt;a href=&quot;https://creativecommons.org/licenses/by/4.0/&quot;&gt;CC BY 4.0&lt;/a&gt;.&lt;br&gt;Tierras y fronteras: &lt;a href=&quot;https://www.naturalearthdata.com/&quot;&gt;Natural Earth&lt;/a&gt;, de dominio público.&lt;br&gt;Hermanamientos: recopilados a mano de las fuentes que el panel de detalles indica para cada uno.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&lt;p&gt;Built with &lt;a href=&quot;https://www.qt.io/&quot;&gt;Qt&lt;/a&gt; %1, used under the &lt;a href=&quot;https://www.gnu.org/licenses/lgpl-3.0.html&quot;&gt;GNU Lesser General Public License, version 3&lt;/a&gt; (Help ▸ About Qt); &lt;a href=&quot;https://geographiclib.sourceforge.io/&quot;&gt;GeographicLib&lt;/a&gt; (MIT licence) for distances; country names from &lt;a href=&quot;https://salsa.debian.org/iso-codes-team/iso-codes&quot;&gt;iso-codes&lt;/a&gt; (LGPL 2.1 or later).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Creado con &lt;a href=&quot;https://www.qt.io/&quot;&gt;Qt&lt;/a&gt; %1, usado bajo la &lt;a href=&quot;https://www.gnu.org/licenses/lgpl-3.0.html&quot;&gt;Licencia Pública General Reducida de GNU, versión 3&lt;/a&gt; (Ayuda ▸ Acerca de Qt); &lt;a href=&quot;https://geographiclib.sourceforge.io/&quot;&gt;GeographicLib&lt;/a&gt; (licencia MIT) para las distancias; nombres de países de &lt;a href=&quot;https://salsa.debian.org/iso-codes-team/iso-codes&quot;&gt;iso-codes&lt;/a&gt; (LGPL 2.1 o posterior).&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>About Twinatlas</source>
        <translation>Acerca de Twinatlas</translation>
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
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+52"/>
        <source>%n non-empty lines</source>
        <translation>
            <numerusform>%n línea no vacía</numerusform>
            <numerusform>%n líneas no vacías</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n NMEA sentences read</source>
        <translation>
            <numerusform>%n sentencia NMEA leída</numerusform>
            <numerusform>%n sentencias NMEA leídas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n valid fixes</source>
        <translation>
            <numerusform>%n posición válida</numerusform>
            <numerusform>%n posiciones válidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n lines skipped as garbled or with a wrong checksum</source>
        <translation>
            <numerusform>%n línea omitida por estar dañada o tener una suma de comprobación errónea</numerusform>
            <numerusform>%n líneas omitidas por estar dañadas o tener una suma de comprobación errónea</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PartnershipText</name>
    <message>
        <location filename="../app/models/partnershiptext.cpp" line="+13"/>
        <source>Twin town</source>
        <translation>Ciudad hermanada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sister city</source>
        <translation>Ciudad hermana</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Partner town</source>
        <translation>Ciudad asociada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Friendship city</source>
        <translation>Ciudad amiga</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cooperation agreement</source>
        <translation>Acuerdo de cooperación</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+15"/>
        <source>Suspended</source>
        <translation>Suspendido</translation>
    </message>
    <message>
        <location line="-13"/>
        <location line="+17"/>
        <source>Ended</source>
        <translation>Finalizado</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Proposed</source>
        <translation>Propuesto</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Signed</source>
        <translation>Firmado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Renewed</source>
        <translation>Renovado</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Resumed</source>
        <translation>Reanudado</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delegation</source>
        <translation>Delegación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exchange</source>
        <translation>Intercambio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Anniversary</source>
        <translation>Aniversario</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note</source>
        <translation>Nota</translation>
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
        <translation>desde %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>from %1</source>
        <translation>a partir de %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>until %1</source>
        <translation>hasta %1</translation>
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
        <translation>Equirrectangular</translation>
    </message>
    <message>
        <location filename="../app/core/geo/orthographicprojection.cpp" line="+29"/>
        <source>Globe (orthographic)</source>
        <translation>Globo (ortográfica)</translation>
    </message>
    <message>
        <location filename="../app/core/geo/azimuthalequidistantprojection.cpp" line="+30"/>
        <source>Azimuthal equidistant</source>
        <translation>Azimutal equidistante</translation>
    </message>
</context>
<context>
    <name>SourceLinks</name>
    <message>
        <location filename="../app/ui/sourcelinks.cpp" line="+30"/>
        <source>%1, retrieved %2</source>
        <extracomment>A web source and the day it was read: &quot;Wikidata: Toruń …, retrieved 2 May 2026&quot;.</extracomment>
        <translation>%1, consultado el %2</translation>
    </message>
</context>
<context>
    <name>StartupUpgrade</name>
    <message>
        <location filename="../app/ui/startupupgrade.cpp" line="+24"/>
        <source>Bringing the new atlas data into your atlas…</source>
        <translation>Incorporando los nuevos datos del atlas a tu atlas…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Twinatlas</source>
        <translation>Twinatlas</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The atlas data was not updated</source>
        <translation>Los datos del atlas no se actualizaron</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Atlas data</source>
        <translation>Datos del atlas</translation>
    </message>
</context>
<context>
    <name>twinatlas::AddEventCommand</name>
    <message>
        <location filename="../app/commands/addeventcommand.cpp" line="+11"/>
        <source>Add event to %1</source>
        <translation>Añadir evento a %1</translation>
    </message>
</context>
<context>
    <name>twinatlas::AddPartnershipCommand</name>
    <message>
        <location filename="../app/commands/addpartnershipcommand.cpp" line="+11"/>
        <source>Add partnership %1</source>
        <translation>Añadir hermanamiento %1</translation>
    </message>
</context>
<context>
    <name>twinatlas::AddPlaceCommand</name>
    <message>
        <location filename="../app/commands/addplacecommand.cpp" line="+7"/>
        <source>Add place %1</source>
        <translation>Añadir lugar %1</translation>
    </message>
</context>
<context>
    <name>twinatlas::Application</name>
    <message>
        <location filename="../app/ui/application.cpp" line="+68"/>
        <source>--select: no place is called “%1”.</source>
        <translation>--select: ningún lugar se llama “%1”.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>--partner: %1 has no partner called “%2”.</source>
        <translation>--partner: %1 no tiene ninguna ciudad hermanada llamada “%2”.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Open this atlas file instead of your own copy.</source>
        <translation>Abrir este archivo de atlas en lugar de tu propia copia.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>FILE</source>
        <extracomment>The value of --database in --help: a file name.</extracomment>
        <translation>ARCHIVO</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start with this place selected (for screenshots).</source>
        <translation>Empezar con este lugar seleccionado (para capturas de pantalla).</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+3"/>
        <source>NAME</source>
        <extracomment>The value of --select and --partner in --help: a place name.</extracomment>
        <translation>NOMBRE</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>With --select, also show the history of the partnership with this partner.</source>
        <translation>Con --select, mostrar también el historial del hermanamiento con esta ciudad hermanada.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A desktop atlas of sister cities and twin towns.
Without options, opens your own copy of the atlas.
Commands (each with --help):</source>
        <translation>Un atlas de escritorio de ciudades hermanas y hermanadas.
Sin opciones, abre tu propia copia del atlas.
Órdenes (cada una con --help):</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>unknown option “%1”.</source>
        <translation>opción desconocida “%1”.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unexpected argument “%1”.</source>
        <translation>argumento inesperado “%1”.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The commands are:</source>
        <translation>Las órdenes son:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>twinatlas --help lists the options of the atlas window.</source>
        <translation>twinatlas --help enumera las opciones de la ventana del atlas.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>%1 was not opened.</source>
        <translation>No se abrió %1.</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Cannot set up your atlas</source>
        <translation>No se puede preparar tu atlas</translation>
    </message>
</context>
<context>
    <name>twinatlas::AtlasBackup</name>
    <message>
        <location filename="../app/core/db/atlasbackup.cpp" line="+44"/>
        <source>Cannot create the folder %1.</source>
        <translation>No se puede crear la carpeta %1.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>it cannot be moved into place</source>
        <translation>no se puede mover a su lugar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the atlas to be copied is corrupt: %1</source>
        <translation>el atlas que se va a copiar está dañado: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot write the copy %1: %2</source>
        <translation>No se puede escribir la copia %1: %2</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>No atlas is open.</source>
        <translation>No hay ningún atlas abierto.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A backup cannot replace the atlas itself.</source>
        <translation>Una copia de seguridad no puede sustituir al propio atlas.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The atlas is not open for changes, so it cannot be restored.</source>
        <translation>El atlas no está abierto para cambios, así que no se puede restaurar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+7"/>
        <location line="+5"/>
        <source>%1 cannot be restored: %2</source>
        <translation>No se puede restaurar %1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The atlas as it is could not be kept before the restore, so nothing was changed: %1</source>
        <translation>No se pudo guardar el atlas en su estado actual antes de restaurar, así que no se ha cambiado nada: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The restore failed, and the atlas is as it was: %1</source>
        <translation>La restauración falló y el atlas sigue como estaba: %1</translation>
    </message>
</context>
<context>
    <name>twinatlas::AtlasCheck</name>
    <message>
        <location filename="../app/core/db/atlascheck.cpp" line="+52"/>
        <location line="+51"/>
        <location line="+12"/>
        <source>SQLite stopped checking: %1</source>
        <translation>SQLite interrumpió la comprobación: %1</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>table %1: %2</source>
        <translation>tabla %1: %2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>table %1: row %2 refers to a row of %3 that is not there</source>
        <translation>tabla %1: la fila %2 remite a una fila de %3 que no existe</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>table meta: the atlas does not say which data it holds (data_version)</source>
        <translation>tabla meta: el atlas no dice qué datos contiene (data_version)</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>table search_keys: %n place(s) cannot be found by name</source>
        <translation>
            <numerusform>tabla search_keys: %n lugar no se puede encontrar por su nombre</numerusform>
            <numerusform>tabla search_keys: %n lugares no se pueden encontrar por su nombre</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>table checklist: %n postcard(s) of places that are not there</source>
        <translation>
            <numerusform>tabla checklist: %n postal de lugares que no existen</numerusform>
            <numerusform>tabla checklist: %n postales de lugares que no existen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+33"/>
        <source>the atlas&apos;s own rules</source>
        <translation>las reglas propias del atlas</translation>
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
        <translation>Falta el archivo de atlas %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The atlas file %1 cannot be read: %2</source>
        <translation>No se puede leer el archivo de atlas %1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it is a folder</source>
        <translation>es una carpeta</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is not an atlas: it is not an SQLite database.</source>
        <translation>%1 no es un atlas: no es una base de datos SQLite.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is not an atlas: it is an SQLite database of another program.</source>
        <translation>%1 no es un atlas: es una base de datos SQLite de otro programa.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The atlas file %1 was made by a newer Twinatlas (schema %2; this program understands up to %3). Update Twinatlas to open it.</source>
        <translation>El archivo de atlas %1 fue creado por un Twinatlas más reciente (esquema %2; este programa entiende hasta el %3). Actualiza Twinatlas para abrirlo.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>%1 is not an atlas: its tables are missing (%2).</source>
        <translation>%1 no es un atlas: le faltan las tablas (%2).</translation>
    </message>
    <message>
        <location line="-173"/>
        <location line="+5"/>
        <source>the disk that holds it is read-only</source>
        <translation>el disco que lo contiene es de solo lectura</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>the file is read-only (%1)</source>
        <translation>el archivo es de solo lectura (%1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>its folder %1 is read-only (%2), and SQLite writes its journal there</source>
        <translation>su carpeta %1 es de solo lectura (%2), y SQLite escribe allí su diario</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the disk that holds it is full</source>
        <translation>el disco que lo contiene está lleno</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>The atlas file %1 is damaged: its size does not match its page size (it may have been cut short).</source>
        <translation>El archivo de atlas %1 está dañado: su tamaño no corresponde a su tamaño de página (puede que esté truncado).</translation>
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
        <translation>El archivo de atlas %1 no se puede cambiar: %2.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>The atlas file %1 cannot be read: its latest changes are in %2, which SQLite reads only where it may write beside the atlas, and %3.</source>
        <translation>El archivo de atlas %1 no se puede leer: sus últimos cambios están en %2, que SQLite solo lee donde puede escribir junto al atlas, y %3.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The atlas file %1 is of an older schema (%2) and was opened read-only, so it cannot be upgraded.</source>
        <translation>El archivo de atlas %1 tiene un esquema anterior (%2) y se abrió en solo lectura, así que no se puede actualizar.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The atlas file %1 could not be upgraded: %2</source>
        <translation>No se pudo actualizar el archivo de atlas %1: %2</translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+14"/>
        <source>The atlas is open read-only, so edits are off: %1.</source>
        <translation>El atlas está abierto en solo lectura, así que los cambios están desactivados: %1.</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Another Twinatlas (process %1 on %2) is using this atlas, so it is open read-only here: you can look, but not change anything until the other window is closed.</source>
        <translation>Otro Twinatlas (proceso %1 en %2) está usando este atlas, así que aquí está abierto en solo lectura: puedes consultarlo, pero no cambiar nada hasta que se cierre la otra ventana.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>this computer</source>
        <translation>este equipo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The atlas is open read-only: its lock file %1 cannot be written.</source>
        <translation>El atlas está abierto en solo lectura: no se puede escribir su archivo de bloqueo %1.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cannot create the atlas %1: the file exists.</source>
        <translation>No se puede crear el atlas %1: el archivo ya existe.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot create the atlas %1: %2</source>
        <translation>No se puede crear el atlas %1: %2</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The atlas file %1 is damaged: %2</source>
        <translation>El archivo de atlas %1 está dañado: %2</translation>
    </message>
</context>
<context>
    <name>twinatlas::AtlasEditing</name>
    <message>
        <location filename="../app/ui/atlasediting.cpp" line="+53"/>
        <source>Editing</source>
        <translation>Edición</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The atlas as opened</source>
        <translation>El atlas tal como se abrió</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Add partnership…</source>
        <translation>Añadir hermanamiento…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correct…</source>
        <translation>Corregir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add event…</source>
        <translation>Añadir evento…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot undo or redo</source>
        <translation>No se puede deshacer ni rehacer</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Postcards</source>
        <translation>Postales</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo history</source>
        <translation>Historial de deshacer</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>P&amp;ostcards</source>
        <translation>P&amp;ostales</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Undo history</source>
        <translation>Historial de des&amp;hacer</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Read-only</source>
        <translation>Solo lectura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This atlas can be read but not changed now.</source>
        <translation>Este atlas se puede leer, pero ahora no se puede cambiar.</translation>
    </message>
</context>
<context>
    <name>twinatlas::AtlasEdits</name>
    <message>
        <location filename="../app/commands/atlasedits.cpp" line="+147"/>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
</context>
<context>
    <name>twinatlas::AtlasHealth</name>
    <message>
        <location filename="../app/ui/atlashealth.cpp" line="+83"/>
        <source>The atlas file %1 is damaged: SQLite&apos;s check found %2</source>
        <translation>El archivo de atlas %1 está dañado: la comprobación de SQLite encontró %2</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The atlas is damaged</source>
        <translation>El atlas está dañado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The atlas could not be read</source>
        <translation>No se pudo leer el atlas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your atlas is damaged: what the window shows may be incomplete, and edits are off so that nothing is written onto the damaged pages.</source>
        <translation>Su atlas está dañado: lo que muestra la ventana puede estar incompleto, y los cambios están desactivados para que no se escriba nada en las páginas dañadas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A part of the atlas could not be read: what the window shows may be incomplete.</source>
        <translation>No se pudo leer una parte del atlas: lo que muestra la ventana puede estar incompleto.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose a &amp;way out…</source>
        <translation>Elegir una &amp;salida…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close the window and restore a backup, start again from the bundled atlas or open another file</source>
        <translation>Cerrar la ventana y restaurar una copia de seguridad, empezar de nuevo con el atlas incluido o abrir otro archivo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Keep looking</source>
        <translation>Seguir &amp;mirando</translation>
    </message>
</context>
<context>
    <name>twinatlas::AtlasLocation</name>
    <message>
        <location filename="../app/core/db/atlaslocation.cpp" line="+63"/>
        <source>The bundled atlas %1 is missing; reinstall Twinatlas.</source>
        <translation>Falta el atlas incluido %1; reinstala Twinatlas.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot create the folder %1 for your atlas.</source>
        <translation>No se puede crear la carpeta %1 para tu atlas.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot copy the bundled atlas to %1: %2</source>
        <translation>No se puede copiar el atlas incluido a %1: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot move your new atlas into place at %1.</source>
        <translation>No se puede mover tu nuevo atlas a su lugar en %1.</translation>
    </message>
</context>
<context>
    <name>twinatlas::AtlasMerge</name>
    <message>
        <location filename="../app/core/db/atlasmerge.cpp" line="+45"/>
        <source>the atlas %1 (in: %2)</source>
        <translation>el atlas %1 (en: %2)</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>The search index could not be read.</source>
        <translation>No se pudo leer el índice de búsqueda.</translation>
    </message>
    <message>
        <location line="+383"/>
        <source>The partnership %1 is kept: your events belong to it.</source>
        <translation>Se conserva el hermanamiento %1: tus eventos pertenecen a él.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1 (%2) is kept: your partnerships or checklist use it.</source>
        <translation>Se conserva %1 (%2): lo usan tus hermanamientos o tu lista de postales.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The source “%1” is kept: your entries cite it.</source>
        <translation>Se conserva la fuente “%1”: tus entradas la citan.</translation>
    </message>
</context>
<context>
    <name>twinatlas::AtlasRescue</name>
    <message>
        <location filename="../app/core/db/atlasrescue.cpp" line="+37"/>
        <source>The new atlas cannot be moved into place at %1.</source>
        <translation>El nuevo atlas no se puede colocar en %1.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>%1 cannot be set aside as %2; nothing was changed.</source>
        <translation>%1 no se puede apartar como %2; no se cambió nada.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The backup %1 cannot be restored: %2</source>
        <translation>La copia de seguridad %1 no se puede restaurar: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The bundled atlas %1 cannot be copied to %2: %3</source>
        <translation>El atlas incluido %1 no se puede copiar a %2: %3</translation>
    </message>
</context>
<context>
    <name>twinatlas::AtlasRescueDialog</name>
    <message>
        <location filename="../app/ui/atlasrescuedialog.cpp" line="+38"/>
        <source>Open an atlas</source>
        <translation>Abrir un atlas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Atlas files (*.sqlite);;All files (*)</source>
        <translation>Archivos de atlas (*.sqlite);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot open the atlas</source>
        <translation>No se puede abrir el atlas</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Your atlas cannot be opened.</source>
        <translation>Su atlas no se puede abrir.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The atlas cannot be opened.</source>
        <translation>El atlas no se puede abrir.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Nothing has been changed or deleted. How do you want to go on?</source>
        <translation>No se ha cambiado ni borrado nada. ¿Cómo quiere continuar?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Restore a backup</source>
        <translation>Restaurar una copia de seguridad</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Restore this backup</source>
        <translation>&amp;Restaurar esta copia</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There are no backups of this atlas.</source>
        <translation>No hay copias de seguridad de este atlas.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Start again from the bundled atlas</source>
        <translation>&amp;Empezar de nuevo con el atlas incluido</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start again</source>
        <translation>Empezar de nuevo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A new copy of the atlas that came with Twinatlas. The file that failed is kept beside it as %1.broken-DATE, with your changes in it.</source>
        <translation>Una copia nueva del atlas que vino con Twinatlas. El archivo que falló se conserva a su lado como %1.broken-FECHA, con sus cambios dentro.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Open another file…</source>
        <translation>&amp;Abrir otro archivo…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
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
        <translation>guardada por usted</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>kept before a restore</source>
        <translation>conservada antes de una restauración</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>kept before the update to the data of %1</source>
        <translation>conservada antes de la actualización a los datos %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>kept before its format was upgraded</source>
        <translation>conservada antes de actualizar su formato</translation>
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
        <translation>Solo lectura</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Damaged: read-only</source>
        <translation>Dañado: solo lectura</translation>
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
            <numerusform>Lugares: %Ln</numerusform>
            <numerusform>Lugares: %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Partnerships: %Ln</source>
        <comment>shown on the map</comment>
        <translation>
            <numerusform>Hermanamientos: %Ln</numerusform>
            <numerusform>Hermanamientos: %Ln</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>twinatlas::AtlasUpgrader</name>
    <message>
        <location filename="../app/core/db/atlasupgrader.cpp" line="+109"/>
        <source>The atlas was not updated to the new data: %1</source>
        <translation>El atlas no se actualizó con los nuevos datos: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cannot read the new data %1: it %2.</source>
        <translation>No se pueden leer los datos nuevos %1: el archivo %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+8"/>
        <source>the atlas %1</source>
        <translation>el atlas %1</translation>
    </message>
</context>
<context>
    <name>twinatlas::AtlasWriter</name>
    <message>
        <location filename="../app/core/edit/atlaswriter.cpp" line="+35"/>
        <source>No atlas is open.</source>
        <translation>No hay ningún atlas abierto.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The atlas is open read-only; it cannot be changed.</source>
        <translation>El atlas está abierto en solo lectura; no se puede cambiar.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The atlas cannot be changed now: it %1.</source>
        <translation>El atlas no se puede cambiar ahora: %1.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The change could not be saved: the atlas %1.</source>
        <translation>No se pudo guardar el cambio: el atlas %1.</translation>
    </message>
</context>
<context>
    <name>twinatlas::Attribution</name>
    <message numerus="yes">
        <location filename="../app/core/export/attribution.cpp" line="+111"/>
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 y %n más</numerusform>
            <numerusform>%1 y %n más</numerusform>
        </translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Twinatlas bundled data</source>
        <translation>Datos incluidos con Twinatlas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Map data: Natural Earth. Places: GeoNames (CC BY 4.0). Partnerships: %1.</source>
        <translation>Datos del mapa: Natural Earth. Lugares: GeoNames (CC BY 4.0). Hermanamientos: %1.</translation>
    </message>
</context>
<context>
    <name>twinatlas::BackupActions</name>
    <message>
        <location filename="../app/ui/backupactions.cpp" line="+23"/>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Back up atlas…</source>
        <translation>Hacer &amp;copia de seguridad del atlas…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Restaurar desde copia de seguridad…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save a copy of the atlas with all your changes</source>
        <translation>Guardar una copia del atlas con todos tus cambios</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replace the atlas with a copy saved earlier</source>
        <translation>Sustituir el atlas por una copia guardada antes</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Back up atlas</source>
        <translation>Copia de seguridad del atlas</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+11"/>
        <source>Atlas files (*.sqlite)</source>
        <translation>Archivos de atlas (*.sqlite)</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Cannot back up the atlas</source>
        <translation>No se puede hacer una copia de seguridad del atlas</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+10"/>
        <source>Restore from backup</source>
        <translation>Restaurar desde copia de seguridad</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Replace the atlas with the backup “%1” of %2? Everything changed since then is replaced, and the undo history is cleared. A copy of the atlas as it is now is kept first.</source>
        <translation>¿Sustituir el atlas por la copia de seguridad “%1” del %2? Todo lo que se haya cambiado desde entonces se sustituye y se borra el historial de deshacer. Antes se guarda una copia del atlas tal como está ahora.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot restore the atlas</source>
        <translation>No se puede restaurar el atlas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Atlas restored</source>
        <translation>Atlas restaurado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The atlas is as it was in the backup. The atlas as it was before is kept in %1.</source>
        <translation>El atlas está como estaba en la copia de seguridad. El atlas tal como estaba antes se guarda en %1.</translation>
    </message>
</context>
<context>
    <name>twinatlas::BaseMap</name>
    <message>
        <location filename="../app/core/render/basemap.cpp" line="+71"/>
        <source>The base map %1 does not exist.</source>
        <translation>El mapa base %1 no existe.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+50"/>
        <source>Cannot open the base map %1: %2</source>
        <translation>No se puede abrir el mapa base %1: %2</translation>
    </message>
    <message>
        <location line="-42"/>
        <location line="+53"/>
        <location line="+14"/>
        <source>The base map %1 cannot be read: it %2.</source>
        <translation>El mapa base %1 no se puede leer: el archivo %2.</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>%1 is not a Twinatlas base map: %2</source>
        <translation>%1 no es un mapa base de Twinatlas: %2</translation>
    </message>
</context>
<context>
    <name>twinatlas::CheckCommand</name>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="+31"/>
        <source>Checks the atlas without changing it: every page and index (SQLite&apos;s integrity_check), the references between rows (foreign_key_check) and the atlas&apos;s own rules. Prints each problem; exits 0 when there is none, 2 when the atlas is damaged or cannot be read.</source>
        <translation>Comprueba el atlas sin cambiarlo: cada página e índice (integrity_check de SQLite), las referencias entre filas (foreign_key_check) y las reglas propias del atlas. Muestra cada problema; termina con 0 si no hay ninguno, con 2 si el atlas está dañado o no se puede leer.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The atlas file to check.</source>
        <translation>El archivo de atlas que se comprobará.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FILE</source>
        <translation>ARCHIVO</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>unexpected argument “%1”.</source>
        <translation>argumento inesperado “%1”.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: no problems found (%2).</source>
        <translation>%1: no se encontraron problemas (%2).</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>The atlas file %1 is damaged: %n problem(s), listed above.</source>
        <translation>
            <numerusform>El archivo de atlas %1 está dañado: %n problema, indicado arriba.</numerusform>
            <numerusform>El archivo de atlas %1 está dañado: %n problemas, indicados arriba.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>twinatlas::ChecklistCsvWriter</name>
    <message>
        <location filename="../app/core/edit/checklistcsvwriter.cpp" line="+27"/>
        <source>Received</source>
        <translation>Recibida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wanted</source>
        <translation>Buscada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not yet</source>
        <translation>Todavía no</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Partner</source>
        <translation>Ciudad hermanada</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Card</source>
        <translation>Postal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received on</source>
        <translation>Recibida el</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Partner id</source>
        <translation>Id. de la ciudad hermanada</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>twinatlas::ChecklistEntryCommand</name>
    <message>
        <location filename="../app/commands/checklistentrycommand.cpp" line="+24"/>
        <source>Card from %1 received</source>
        <translation>Postal de %1 recibida</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Card from %1 wanted</source>
        <translation>Postal de %1 buscada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Card from %1 not yet collected</source>
        <translation>Postal de %1 todavía no conseguida</translation>
    </message>
</context>
<context>
    <name>twinatlas::ChecklistModel</name>
    <message>
        <location filename="../app/models/checklistmodel.cpp" line="+39"/>
        <source>Received</source>
        <translation>Recibida</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wanted</source>
        <translation>Buscada</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not yet</source>
        <translation>Todavía no</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Partner</source>
        <translation>Ciudad hermanada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Card</source>
        <extracomment>Column of the postcard checklist: whether the postcard from this partner came.</extracomment>
        <translation>Postal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Received on</source>
        <translation>Recibida el</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
</context>
<context>
    <name>twinatlas::ChecklistPane</name>
    <message>
        <location filename="../app/ui/checklistpane.cpp" line="+61"/>
        <source>&amp;Received</source>
        <translation>&amp;Recibida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Wanted</source>
        <translation>&amp;Buscada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Not yet</source>
        <translation>&amp;Todavía no</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export as CSV…</source>
        <translation>&amp;Exportar como CSV…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a place to keep a checklist of postcards from its partner towns.</source>
        <translation>Elige un lugar para llevar una lista de las postales de sus ciudades hermanadas.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The sender, what the card shows</source>
        <translation>Remitente, qué muestra la postal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The card from this partner has come, on the date given</source>
        <translation>La postal de esta ciudad hermanada ha llegado, en la fecha indicada</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Received &amp;on:</source>
        <translation>Recibida &amp;el:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;ote:</source>
        <translation>N&amp;ota:</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>%1 has no partners to collect cards from yet.</source>
        <translation>%1 todavía no tiene ciudades hermanadas de las que reunir postales.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postcards from the partners of %1</source>
        <translation>Postales de las ciudades hermanadas de %1</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 of %n twins</source>
        <comment>cards received, of all partners</comment>
        <translation>
            <numerusform>%1 de %n ciudad hermanada</numerusform>
            <numerusform>%1 de %n ciudades hermanadas</numerusform>
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
            <numerusform>%n buscada</numerusform>
            <numerusform>%n buscadas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Cannot change the checklist</source>
        <translation>No se puede cambiar la lista</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Postcards of %1.csv</source>
        <translation>Postales de %1.csv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the checklist</source>
        <translation>Exportar la lista</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot export the checklist</source>
        <translation>No se puede exportar la lista</translation>
    </message>
</context>
<context>
    <name>twinatlas::CityListPane</name>
    <message>
        <location filename="../app/ui/citylistpane.cpp" line="+74"/>
        <source>Find a place</source>
        <translation>Buscar un lugar</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Search all places (Ctrl+F)</source>
        <translation>Buscar en todos los lugares (Ctrl+F)</translation>
    </message>
    <message numerus="yes">
        <location line="+148"/>
        <source>Places with partners: %Ln</source>
        <translation>
            <numerusform>Lugares con hermanamientos: %Ln</numerusform>
            <numerusform>Lugares con hermanamientos: %Ln</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No place is called “%1”.</source>
        <translation>Ningún lugar se llama “%1”.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The first %n matches; type more to narrow them down.</source>
        <translation>
            <numerusform>Primeras coincidencias: %n; escribe más para acotarlas.</numerusform>
            <numerusform>Primeras coincidencias: %n; escribe más para acotarlas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Matches: %n</source>
        <translation>
            <numerusform>Coincidencias: %n</numerusform>
            <numerusform>Coincidencias: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>twinatlas::ColumnMapping</name>
    <message>
        <location filename="../app/core/io/columnmapping.cpp" line="+236"/>
        <source>No column holds the place: map one column to “place”.</source>
        <translation>Ninguna columna contiene el lugar: asigna una columna a “place”.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No column holds the partner: map one column to “partner”, or to “partners” when one cell lists all the twins of the place.</source>
        <translation>Ninguna columna contiene la ciudad hermanada: asigna una columna a “partner”, o a “partners” si una celda enumera todas las ciudades hermanadas del lugar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A latitude column needs its longitude column, and the other way round.</source>
        <translation>Una columna de latitud necesita su columna de longitud, y viceversa.</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>unknown field “%1” in the column mapping; fields are: %2</source>
        <translation>campo desconocido “%1” en la asignación de columnas; los campos son: %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>no column “%1” for %2; the columns are: %3</source>
        <translation>no hay ninguna columna “%1” para %2; las columnas son: %3</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>(ignore)</source>
        <translation>(ignorar)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place: country</source>
        <translation>Lugar: país</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place: region</source>
        <translation>Lugar: región</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place: latitude</source>
        <translation>Lugar: latitud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place: longitude</source>
        <translation>Lugar: longitud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place: coordinates</source>
        <translation>Lugar: coordenadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place: GeoNames id</source>
        <translation>Lugar: id. de GeoNames</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partner</source>
        <translation>Ciudad hermanada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partner: country</source>
        <translation>Ciudad hermanada: país</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partner: region</source>
        <translation>Ciudad hermanada: región</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partner: latitude</source>
        <translation>Ciudad hermanada: latitud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partner: longitude</source>
        <translation>Ciudad hermanada: longitud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partner: coordinates</source>
        <translation>Ciudad hermanada: coordenadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partner: GeoNames id</source>
        <translation>Ciudad hermanada: id. de GeoNames</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partners (a list in one cell)</source>
        <translation>Ciudades hermanadas (una lista en una celda)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source URL</source>
        <translation>URL de la fuente</translation>
    </message>
</context>
<context>
    <name>twinatlas::CommandLine</name>
    <message>
        <location filename="../app/cli/commandline.cpp" line="+36"/>
        <source>a place&apos;s partnerships, or the atlas&apos;s figures</source>
        <translation>los hermanamientos de un lugar, o las cifras del atlas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the place nearest to a position or a GPS log</source>
        <translation>el lugar más cercano a una posición o a un registro GPS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a map as PNG, SVG or PDF</source>
        <translation>un mapa en PNG, SVG o PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the partnerships as CSV, GeoJSON or KML</source>
        <translation>los hermanamientos en CSV, GeoJSON o KML</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>partnerships from a list into the atlas</source>
        <translation>hermanamientos de una lista al atlas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the atlas file checked for damage, page by page</source>
        <translation>el archivo del atlas revisado página por página en busca de daños</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>partnerships from Wikidata, and what changed there</source>
        <translation>hermanamientos de Wikidata, y lo que cambió allí</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a team atlas on a PostgreSQL server set up, and its members</source>
        <translation>un atlas de equipo en un servidor PostgreSQL configurado, y sus miembros</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this atlas and a team atlas brought level</source>
        <translation>este atlas y un atlas de equipo igualados</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>twinatlas: unknown command “%1”. The commands are:</source>
        <translation>twinatlas: orden desconocida “%1”. Las órdenes son:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Each command says more with --help; twinatlas without a command opens the atlas window.</source>
        <translation>Cada orden dice más con --help; twinatlas sin orden abre la ventana del atlas.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>the atlas is read-only.</source>
        <translation>el atlas es de solo lectura.</translation>
    </message>
</context>
<context>
    <name>twinatlas::DateField</name>
    <message>
        <location filename="../app/ui/datefield.cpp" line="+17"/>
        <source>YYYY, YYYY-MM or YYYY-MM-DD</source>
        <translation>AAAA, AAAA-MM o AAAA-MM-DD</translation>
    </message>
</context>
<context>
    <name>twinatlas::DetailPane</name>
    <message>
        <location filename="../app/ui/detailpane.cpp" line="+125"/>
        <source>Partners</source>
        <translation>Ciudades hermanadas</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Choose a partner to see the history of the partnership.</source>
        <translation>Elige una ciudad hermanada para ver el historial del hermanamiento.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>This place is not in the atlas.</source>
        <translation>Este lugar no está en el atlas.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Also called %1</source>
        <comment>the place&apos;s other name: Galway is also called Gaillimh</comment>
        <translation>Otro nombre: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Also written %1</source>
        <translation>También se escribe: %1</translation>
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
        <translation>Población %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Population unknown</source>
        <translation>Población desconocida</translation>
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
        <translation>Sin ciudades hermanadas en el atlas</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Partners (%n)</source>
        <translation>
            <numerusform>Ciudades hermanadas (%n)</numerusform>
            <numerusform>Ciudades hermanadas (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+11"/>
        <source>History</source>
        <translation>Historial</translation>
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
        <translation>Wikidata ya no recoge este hermanamiento (visto el %1). Si ha terminado, edítalo o elimínalo.</translation>
    </message>
</context>
<context>
    <name>twinatlas::DetailStartPage</name>
    <message>
        <location filename="../app/ui/detailstartpage.cpp" line="+34"/>
        <source>Type a town’s name in the Places list, in any spelling or language.</source>
        <translation>Escriba el nombre de una ciudad en la lista «Lugares», con cualquier grafía o idioma.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find a town</source>
        <translation>Buscar una ciudad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The atlas comes with a few towns’ partnerships. Wikidata knows those of thousands more, all over the world.</source>
        <translation>El atlas incluye los hermanamientos de unas pocas ciudades. Wikidata conoce los de miles más en todo el mundo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Get partnerships from Wikidata…</source>
        <translation>Obtener hermanamientos de Wikidata…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>See a town’s partners</source>
        <translation>Ver las ciudades hermanas de una ciudad</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Or click a dot on the map: each dot is a town with partners, each line a partnership. Hover over one to see its name.</source>
        <translation>O haga clic en un punto del mapa: cada punto es una ciudad hermanada y cada línea un hermanamiento. Pase el ratón por encima para ver su nombre.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Its partners and the history of each partnership appear here.</source>
        <translation>Aquí aparecen sus ciudades hermanas y la historia de cada hermanamiento.</translation>
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
        <translation>&amp;Añadir hermanamiento…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add partnership</source>
        <translation>Añadir hermanamiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a partnership between two places (Ctrl+Shift+N)</source>
        <translation>Añadir un hermanamiento entre dos lugares (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit partnership…</source>
        <translation>&amp;Editar hermanamiento…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;nd partnership…</source>
        <translation>&amp;Finalizar hermanamiento…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Suspend partnership…</source>
        <translation>&amp;Suspender hermanamiento…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Res&amp;ume partnership…</source>
        <translation>Rea&amp;nudar hermanamiento…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rene&amp;w partnership…</source>
        <translation>Reno&amp;var hermanamiento…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>End, suspend, resume or renew the partnership; the event is added to its history</source>
        <translation>Finalizar, suspender, reanudar o renovar el hermanamiento; el evento se añade a su historial</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Remove partnership</source>
        <translation>Eli&amp;minar hermanamiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add e&amp;vent…</source>
        <translation>Añadir even&amp;to…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a signing, a delegation, an exchange or another event to the history of the partnership</source>
        <translation>Añadir una firma, una delegación, un intercambio u otro evento al historial del hermanamiento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add &amp;place…</source>
        <translation>Añadir &amp;lugar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a place the gazetteer lacks, such as a district or a village</source>
        <translation>Añadir un lugar que falta en el nomenclátor, como un distrito o una aldea</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add place</source>
        <translation>Añadir lugar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correct place…</source>
        <translation>Corregir lugar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correct the place&apos;s name, country or position</source>
        <translation>Corregir el nombre, el país o la posición del lugar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove place</source>
        <translation>Eliminar lugar</translation>
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
        <translation>No se puede eliminar el hermanamiento</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Cannot remove the event</source>
        <translation>No se puede eliminar el evento</translation>
    </message>
    <message numerus="yes">
        <location line="+90"/>
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 y %n más</numerusform>
            <numerusform>%1 y %n más</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Removing %1 also removes its partnerships with %2, and their history. Remove the place and these partnerships?</source>
        <translation>Al eliminar %1 también se eliminan sus hermanamientos con %2 y su historial. ¿Eliminar el lugar y estos hermanamientos?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove %1</source>
        <translation>Eliminar %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot remove the place</source>
        <translation>No se puede eliminar el lugar</translation>
    </message>
</context>
<context>
    <name>twinatlas::EditEventCommand</name>
    <message>
        <location filename="../app/commands/editeventcommand.cpp" line="+11"/>
        <source>Edit event of %1</source>
        <translation>Editar evento de %1</translation>
    </message>
</context>
<context>
    <name>twinatlas::EditPartnershipCommand</name>
    <message>
        <location filename="../app/commands/editpartnershipcommand.cpp" line="+11"/>
        <source>Edit partnership %1</source>
        <translation>Editar hermanamiento %1</translation>
    </message>
</context>
<context>
    <name>twinatlas::EditPlaceCommand</name>
    <message>
        <location filename="../app/commands/editplacecommand.cpp" line="+7"/>
        <source>Edit place %1</source>
        <translation>Editar lugar %1</translation>
    </message>
</context>
<context>
    <name>twinatlas::EditValidator</name>
    <message>
        <location filename="../app/core/edit/editvalidator.cpp" line="+54"/>
        <source>%1: “%2” is not one of %3.</source>
        <translation>%1: “%2” no es uno de %3.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The atlas could not be read to check this change: the atlas %1.</source>
        <translation>No se pudo leer el atlas para comprobar este cambio: el atlas %1.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Identifier</source>
        <translation>Identificador</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>GeoNames id</source>
        <translation>Id. de GeoNames</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name in Latin letters</source>
        <translation>Nombre en caracteres latinos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Longitude</source>
        <translation>Longitud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latitude</source>
        <translation>Latitud</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Population</source>
        <translation>Población</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+16"/>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <location line="-15"/>
        <location line="+17"/>
        <source>Partner</source>
        <translation>Ciudad hermanada</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start date</source>
        <translation>Fecha de inicio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End date</source>
        <translation>Fecha de fin</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Partnership</source>
        <translation>Hermanamiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Web address</source>
        <translation>Dirección web</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Card</source>
        <translation>Postal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Received on</source>
        <translation>Recibida el</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: a date is needed (YYYY, YYYY-MM or YYYY-MM-DD).</source>
        <translation>%1: hace falta una fecha (AAAA, AAAA-MM o AAAA-MM-DD).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: “%2” is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD.</source>
        <translation>%1: “%2” no es una fecha con el formato AAAA, AAAA-MM o AAAA-MM-DD.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: “%2” has no month %3.</source>
        <translation>%1: “%2” no tiene mes %3.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: “%2” is not a day of the calendar.</source>
        <translation>%1: “%2” no es un día del calendario.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: %2 is before the start date %3.</source>
        <translation>%1: %2 es anterior a la fecha de inicio %3.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: %2 is outside −180 to 180 degrees.</source>
        <translation>%1: %2 está fuera del intervalo de −180 a 180 grados.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: %2 is outside −90 to 90 degrees.</source>
        <translation>%1: %2 está fuera del intervalo de −90 a 90 grados.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: “%2” is not an http or https address.</source>
        <translation>%1: “%2” no es una dirección http o https.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: give an http or https address, or the name of a document.</source>
        <translation>%1: indica una dirección http o https, o el nombre de un documento.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1: a place needs a name.</source>
        <translation>%1: un lugar necesita un nombre.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: “%2” is not a two-letter country code such as DE.</source>
        <translation>%1: “%2” no es un código de país de dos letras como ES.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: cannot be negative.</source>
        <translation>%1: no puede ser negativo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: must be a positive number.</source>
        <translation>%1: debe ser un número positivo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: %2 is already the place %3.</source>
        <translation>%1: %2 ya es el lugar %3.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: “%2” is already used by another place.</source>
        <translation>%1: otro lugar ya usa “%2”.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: there is no source %2.</source>
        <translation>%1: no existe la fuente %2.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: an alternate name cannot be empty.</source>
        <translation>%1: un nombre alternativo no puede estar vacío.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+21"/>
        <source>%1: there is no place %2.</source>
        <translation>%1: no existe el lugar %2.</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>%1: %2 already has the name “%3”.</source>
        <translation>%1: %2 ya tiene el nombre “%3”.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1: a place cannot be partnered with itself.</source>
        <translation>%1: un lugar no puede hermanarse consigo mismo.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1: %2 and %3 already have a partnership of the kind “%4”.</source>
        <translation>%1: %2 y %3 ya tienen un hermanamiento del tipo “%4”.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: there is no partnership %2.</source>
        <translation>%1: no existe el hermanamiento %2.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: a source needs a title.</source>
        <translation>%1: una fuente necesita un título.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: “%2” is already used by another source.</source>
        <translation>%1: otra fuente ya usa “%2”.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: there is no place “%2”.</source>
        <translation>%1: no existe el lugar “%2”.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: a place is not its own partner.</source>
        <translation>%1: un lugar no es su propia ciudad hermanada.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: only a card that has been received has a date.</source>
        <translation>%1: solo una postal recibida tiene fecha.</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%1 cannot be removed while %n partnership(s) refer to it; remove them first.</source>
        <translation>
            <numerusform>No se puede eliminar %1 mientras %n hermanamiento se refiera a él; elimínalo primero.</numerusform>
            <numerusform>No se puede eliminar %1 mientras %n hermanamientos se refieran a él; elimínalos primero.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>The source “%1” cannot be removed while %n row(s) cite it.</source>
        <translation>
            <numerusform>No se puede eliminar la fuente “%1” mientras %n fila la cite.</numerusform>
            <numerusform>No se puede eliminar la fuente “%1” mientras %n filas la citen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>twinatlas::EventDialog</name>
    <message>
        <location filename="../app/ui/eventdialog.cpp" line="+38"/>
        <source>Add event</source>
        <translation>Añadir evento</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>What happened, who took part</source>
        <translation>Qué ocurrió, quién participó</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Type:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Date:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;escription:</source>
        <translation>D&amp;escripción:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sources:</source>
        <translation>Fuentes:</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Edit event</source>
        <translation>Editar evento</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>End partnership</source>
        <translation>Finalizar hermanamiento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Suspend partnership</source>
        <translation>Suspender hermanamiento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resume partnership</source>
        <translation>Reanudar hermanamiento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Renew partnership</source>
        <translation>Renovar hermanamiento</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Date: the partnership began in %1; it cannot end before.</source>
        <translation>Fecha: el hermanamiento empezó en %1; no puede terminar antes.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type: choose one.</source>
        <translation>Tipo: elige uno.</translation>
    </message>
</context>
<context>
    <name>twinatlas::ExportChoices</name>
    <message>
        <location filename="../app/ui/exportchoices.cpp" line="+95"/>
        <source>%1 and its partner towns</source>
        <comment>title of an exported map</comment>
        <translation>%1 y sus ciudades hermanas</translation>
    </message>
</context>
<context>
    <name>twinatlas::ExportCommand</name>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="+74"/>
        <source>Writes a map of the atlas, or of one place&apos;s partnerships, as PNG, SVG or PDF, and prints the path of the file written.</source>
        <translation>Escribe un mapa del atlas, o de los hermanamientos de un lugar, en PNG, SVG o PDF, e imprime la ruta del archivo escrito.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file to write: .png, .svg or .pdf.</source>
        <translation>El archivo que se escribirá: .png, .svg o .pdf.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+37"/>
        <source>FILE</source>
        <translation>ARCHIVO</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>The place whose partnerships to show (a name or a uid such as gn:2934246).</source>
        <translation>El lugar cuyos hermanamientos se muestran (un nombre o un uid como gn:2934246).</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+29"/>
        <source>NAME</source>
        <translation>NOMBRE</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>world, view (the map window&apos;s last view) or fit (the place and its partners). Default: fit with --place, else world.</source>
        <translation>world, view (la última vista de la ventana del mapa) o fit (el lugar y sus ciudades hermanadas). Por defecto: fit con --place; si no, world.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>EXTENT</source>
        <translation>EXTENSIÓN</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>WIDTHxHEIGHT in pixels, newsletter (1200x800, the default) or social (1200x630).</source>
        <translation>WIDTHxHEIGHT en píxeles, newsletter (1200x800, el valor por defecto) o social (1200x630).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SIZE</source>
        <translation>TAMAÑO</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a4 or a3, instead of --size.</source>
        <translation>a4 o a3, en lugar de --size.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PAPER</source>
        <translation>PAPEL</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>landscape (default) or portrait, with --paper.</source>
        <translation>landscape (por defecto) o portrait, con --paper.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ORIENTATION</source>
        <translation>ORIENTACIÓN</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resolution, 36 to 1200: 96 for pixel sizes and 300 for paper unless given.</source>
        <translation>Resolución, de 36 a 1200: 96 para tamaños en píxeles y 300 para papel si no se indica.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A title above the map.</source>
        <translation>Un título sobre el mapa.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TITLE</source>
        <translation>TÍTULO</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A line under the title.</source>
        <translation>Una línea bajo el título.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>TEXT</source>
        <translation>TEXTO</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>light (default), dark or print.</source>
        <translation>light (por defecto), dark o print.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>THEME</source>
        <translation>TEMA</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One of: %1.</source>
        <translation>Uno de: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Leave the background unpainted (PNG, SVG).</source>
        <translation>Dejar el fondo sin pintar (PNG, SVG).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The atlas file to read.</source>
        <translation>El archivo de atlas que se leerá.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>unexpected argument %1; give the place with --place.</source>
        <translation>argumento inesperado %1; indica el lugar con --place.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>give the file to write with --out FILE.png, .svg or .pdf.</source>
        <translation>indica el archivo que se escribirá con --out ARCHIVO.png, .svg o .pdf.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot tell the format of %1: the name must end in .png, .svg or .pdf.</source>
        <translation>no se puede saber el formato de %1: el nombre debe terminar en .png, .svg o .pdf.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--dpi must be a whole number from %1 to %2, not %3.</source>
        <translation>--dpi debe ser un número entero de %1 a %2, no %3.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--size and --paper contradict each other; give one of them.</source>
        <translation>--size y --paper se contradicen; indica solo uno de ellos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--orientation goes with --paper; for pixels give --size WIDTHxHEIGHT.</source>
        <translation>--orientation va con --paper; para píxeles indica --size WIDTHxHEIGHT.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unknown paper %1; use a4 or a3.</source>
        <translation>papel desconocido %1; usa a4 o a3.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown orientation %1; use landscape or portrait.</source>
        <translation>orientación desconocida %1; usa landscape o portrait.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>bad --size %1: give WIDTHxHEIGHT in pixels, each from %2 to %3, or newsletter or social.</source>
        <translation>--size incorrecto %1: indica WIDTHxHEIGHT en píxeles, cada uno de %2 a %3, o newsletter o social.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 is %2 × %3 pixels, more than a PNG can be made of here; lower --dpi.</source>
        <translation>%1 son %2 × %3 píxeles, más de lo que aquí cabe en un PNG; reduce --dpi.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>unknown theme %1; use %2.</source>
        <translation>tema desconocido %1; usa %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unknown projection %1; use one of: %2.</source>
        <translation>proyección desconocida %1; usa una de: %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--place needs a name.</source>
        <translation>--place necesita un nombre.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>unknown extent %1; use world, view or fit.</source>
        <translation>extensión desconocida %1; usa world, view o fit.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--extent fit needs --place: fit which place&apos;s partnerships?</source>
        <translation>--extent fit necesita --place: ¿los hermanamientos de qué lugar hay que encuadrar?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--projection cannot be combined with --extent view, which keeps the projection of the saved view.</source>
        <translation>--projection no se puede combinar con --extent view, que mantiene la proyección de la vista guardada.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--transparent needs a PNG or SVG file; a PDF page is always paper.</source>
        <translation>--transparent necesita un archivo PNG o SVG; una página PDF siempre es papel.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no map view has been saved yet (open the atlas window once), or it is unreadable in %1; use --extent world or fit.</source>
        <translation>todavía no se ha guardado ninguna vista del mapa (abre la ventana del atlas una vez), o no se puede leer en %1; usa --extent world o fit.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>no place is called %1.</source>
        <translation>ningún lugar se llama %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no place is called %1. Closest matches: %2.</source>
        <translation>ningún lugar se llama %1. Coincidencias más cercanas: %2.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Partnerships of %1, %2</source>
        <translation>Hermanamientos de %1, %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Twin towns and sister cities of the world</source>
        <translation>Ciudades hermanadas y ciudades hermanas del mundo</translation>
    </message>
</context>
<context>
    <name>twinatlas::ExportDataCommand</name>
    <message>
        <location filename="../app/cli/exportdatacommand.cpp" line="+42"/>
        <source>Writes the partnerships as CSV (which `import` reads back), GeoJSON or KML, and prints the path written.</source>
        <translation>Escribe los hermanamientos en CSV (que `import` vuelve a leer), GeoJSON o KML, e imprime la ruta escrita.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>csv, geojson or kml.</source>
        <translation>csv, geojson o kml.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FORMAT</source>
        <translation>FORMATO</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file to write.</source>
        <translation>El archivo que se escribirá.</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+5"/>
        <source>FILE</source>
        <translation>ARCHIVO</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Only this place&apos;s partnerships (a name or a uid such as gn:2934246).</source>
        <translation>Solo los hermanamientos de este lugar (un nombre o un uid como gn:2934246).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NAME</source>
        <translation>NOMBRE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The atlas file to read.</source>
        <translation>El archivo de atlas que se leerá.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>unexpected argument “%1”.</source>
        <translation>argumento inesperado “%1”.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>give the file to write with --out FILE.</source>
        <translation>indica el archivo que se escribirá con --out ARCHIVO.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unknown format “%1”; use csv, geojson or kml.</source>
        <translation>formato desconocido “%1”; usa csv, geojson o kml.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Twin towns and sister cities</source>
        <translation>Ciudades hermanadas y ciudades hermanas</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>no place is called “%1”.</source>
        <translation>ningún lugar se llama “%1”.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no place is called “%1”. Closest matches: %2.</source>
        <translation>ningún lugar se llama “%1”. Coincidencias más cercanas: %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Partnerships of %1</source>
        <translation>Hermanamientos de %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>twinatlas::ExportDialog</name>
    <message>
        <location filename="../app/ui/exportdialog.cpp" line="+40"/>
        <source>PNG image (*.png)</source>
        <translation>Imagen PNG (*.png)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SVG drawing (*.svg)</source>
        <translation>Dibujo SVG (*.svg)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF document (*.pdf)</source>
        <translation>Documento PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>&amp;Browse…</source>
        <translation>E&amp;xaminar…</translation>
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
        <translation>Fondo trans&amp;parente</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+210"/>
        <location line="+45"/>
        <location line="+26"/>
        <source>Export map</source>
        <translation>Exportar mapa</translation>
    </message>
    <message>
        <location line="-254"/>
        <source>PNG image</source>
        <translation>Imagen PNG</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SVG drawing</source>
        <translation>Dibujo SVG</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF document</source>
        <translation>Documento PDF</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The current view</source>
        <translation>La vista actual</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The whole world</source>
        <translation>El mundo entero</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 and its partners</source>
        <translation>%1 y sus ciudades hermanadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The selected place and its partners</source>
        <translation>El lugar seleccionado y sus ciudades hermanadas</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No title</source>
        <translation>Sin título</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No subtitle</source>
        <translation>Sin subtítulo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As on screen (%1)</source>
        <translation>Como en pantalla (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print: white paper, strong lines</source>
        <translation>Impresión: papel blanco, líneas marcadas</translation>
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
        <translation>&amp;Archivo:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>F&amp;ormat:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Size:</source>
        <translation>&amp;Tamaño:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Area:</source>
        <translation>Á&amp;rea:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;itle:</source>
        <translation>Tít&amp;ulo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;ubtitle:</source>
        <translation>&amp;Subtítulo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;heme:</source>
        <translation>Te&amp;ma:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Export</source>
        <translation>&amp;Exportar</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>%1 × %2 pixels is more than a PNG can be made of here: choose a smaller size or a lower resolution.</source>
        <translation>%1 × %2 píxeles es más de lo que aquí cabe en un PNG: elige un tamaño más pequeño o una resolución más baja.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 × %2 pixels</source>
        <translation>%1 × %2 píxeles</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 × %2 cm when printed at %3 dpi</source>
        <translation>%1 × %2 cm impreso a %3 ppp</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Choose the file to write the map to.</source>
        <translation>Elige el archivo en el que se escribirá el mapa.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Writing %1…</source>
        <translation>Escribiendo %1…</translation>
    </message>
</context>
<context>
    <name>twinatlas::ExportPreset</name>
    <message>
        <location filename="../app/ui/exportpreset.cpp" line="+9"/>
        <source>Newsletter column, 1200 × 800 px</source>
        <translation>Columna de boletín, 1200 × 800 px</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Social card, 1200 × 630 px</source>
        <translation>Tarjeta para redes sociales, 1200 × 630 px</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Custom size</source>
        <translation>Tamaño personalizado</translation>
    </message>
</context>
<context>
    <name>twinatlas::ExportPreview</name>
    <message>
        <location filename="../app/ui/exportpreview.cpp" line="+45"/>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>Drawing the preview…</source>
        <translation>Dibujando la vista previa…</translation>
    </message>
</context>
<context>
    <name>twinatlas::ExportSize</name>
    <message>
        <location filename="../app/core/export/exportsize.cpp" line="+87"/>
        <source>%1 landscape, %2 dpi</source>
        <translation>%1 horizontal, %2 ppp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 portrait, %2 dpi</source>
        <translation>%1 vertical, %2 ppp</translation>
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
        <translation>No se pueden leer las regiones: el atlas %1.</translation>
    </message>
    <message>
        <location line="+41"/>
        <location line="+21"/>
        <source>The places cannot be read: the atlas %1.</source>
        <translation>No se pueden leer los lugares: el atlas %1.</translation>
    </message>
    <message>
        <location line="+37"/>
        <location line="+18"/>
        <source>The alternate names cannot be read: the atlas %1.</source>
        <translation>No se pueden leer los nombres alternativos: el atlas %1.</translation>
    </message>
</context>
<context>
    <name>twinatlas::ImportActions</name>
    <message>
        <location filename="../app/ui/importactions.cpp" line="+25"/>
        <source>&amp;Import partnerships…</source>
        <translation>Importar &amp;hermanamientos…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paste &amp;list of twins…</source>
        <translation>Pegar lista de ciudades &amp;hermanadas…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add the partnerships of a CSV file, a Wikidata query result or a pasted list</source>
        <translation>Añadir los hermanamientos de un archivo CSV, un resultado de consulta de Wikidata o una lista pegada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a place’s twins from a list copied from a web page or a newsletter</source>
        <translation>Añadir las ciudades hermanadas de un lugar a partir de una lista copiada de una página web o un boletín</translation>
    </message>
</context>
<context>
    <name>twinatlas::ImportCommand</name>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="+37"/>
        <source>Imports a list of twin towns: resolves every place against the gazetteer and adds the partnerships in one step. Doubtful rows are skipped and reported.</source>
        <translation>Importa una lista de ciudades hermanadas: identifica cada lugar en el nomenclátor y añade los hermanamientos en un solo paso. Las filas dudosas se omiten y se informa de ellas.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>csv, paste, wikidata-json or wikidata-csv (default: detected).</source>
        <translation>csv, paste, wikidata-json o wikidata-csv (por defecto: se detecta).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>FORMAT</source>
        <translation>FORMATO</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The place a pasted list is of, e.g. &quot;Toruń, Poland&quot;.</source>
        <translation>El lugar del que es una lista pegada, p. ej. &quot;Toruń, Poland&quot;.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NAME</source>
        <translation>NOMBRE</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Column mapping over the guessed one: field=column,... (fields: place, place_country, partner, partners, start, end, kind, ...; columns by header or number).</source>
        <translation>Asignación de columnas que sustituye a la deducida: campo=columna,... (campos: place, place_country, partner, partners, start, end, kind, ...; columnas por encabezado o número).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>MAPPING</source>
        <translation>ASIGNACIÓN</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>utf-8, utf-16le, utf-16be or windows-1252 (default: detected).</source>
        <translation>utf-8, utf-16le, utf-16be o windows-1252 (por defecto: se detecta).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ENCODING</source>
        <translation>CODIFICACIÓN</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The cell delimiter: , ; tab or | (default: detected).</source>
        <translation>El delimitador de celdas: , ; tab o | (por defecto: se detecta).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CHAR</source>
        <translation>CARÁCTER</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The first row is data, not column names.</source>
        <translation>La primera fila son datos, no nombres de columna.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolve and report, write nothing.</source>
        <translation>Identificar e informar, sin escribir nada.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write every input row and what became of it as CSV.</source>
        <translation>Escribir en CSV cada fila de entrada y qué se hizo con ella.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The atlas file to import into.</source>
        <translation>El archivo de atlas en el que importar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>FILE</source>
        <translation>ARCHIVO</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The list to import.</source>
        <translation>La lista que se importará.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>give one file to import.</source>
        <translation>indica un archivo que importar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no file %1.</source>
        <translation>no existe el archivo %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown format “%1”; use %2.</source>
        <translation>formato desconocido “%1”; usa %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unknown encoding “%1”; use %2.</source>
        <translation>codificación desconocida “%1”; usa %2.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--delimiter takes one character or tab.</source>
        <translation>--delimiter admite un carácter o tab.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>cannot write the report %1: %2</source>
        <translation>no se puede escribir el informe %1: %2</translation>
    </message>
</context>
<context>
    <name>twinatlas::ImportDialog</name>
    <message>
        <location filename="../app/ui/importdialog.cpp" line="+36"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Atrás</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+79"/>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Siguiente &gt;</translation>
    </message>
    <message>
        <location line="-78"/>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save &amp;report…</source>
        <translation>Guardar &amp;informe…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import partnerships</source>
        <translation>Importar hermanamientos</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Write the rows to import into the atlas, as one step that Undo takes back</source>
        <translation>Escribir en el atlas las filas que se importan, en un solo paso que Deshacer revierte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save every row of the list and what became of it as CSV</source>
        <translation>Guardar en CSV cada fila de la lista y qué se hizo con ella</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Save import report</source>
        <translation>Guardar el informe de importación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>-report.csv</source>
        <translation>-informe.csv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Report not saved</source>
        <translation>No se guardó el informe</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>&amp;Resolve &gt;</source>
        <translation>&amp;Identificar &gt;</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>pasted list</source>
        <translation>lista pegada</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+9"/>
        <source>Reading %1…</source>
        <translation>Leyendo %1…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loading the gazetteer…</source>
        <translation>Cargando el nomenclátor…</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Finding %n places in the gazetteer…</source>
        <translation>
            <numerusform>Buscando %n lugar en el nomenclátor…</numerusform>
            <numerusform>Buscando %n lugares en el nomenclátor…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Nothing to import</source>
        <translation>Nada que importar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No row of the list adds anything to the atlas.</source>
        <translation>Ninguna fila de la lista añade nada al atlas.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing was imported</source>
        <translation>No se importó nada</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Imported %n partnerships from %1</source>
        <translation>
            <numerusform>Se importó %n hermanamiento de %1</numerusform>
            <numerusform>Se importaron %n hermanamientos de %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 cannot be written: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>twinatlas::ImportJob</name>
    <message>
        <location filename="../app/core/io/importjob.cpp" line="+46"/>
        <location line="+103"/>
        <source>The import was cancelled; nothing was written.</source>
        <translation>Se canceló la importación; no se escribió nada.</translation>
    </message>
    <message>
        <location line="-93"/>
        <source>cannot be read: %1</source>
        <translation>no se puede leer: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the file is larger than %1 MB; split it</source>
        <translation>el archivo ocupa más de %1 MB; divídelo</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Nothing was written: the atlas %1.</source>
        <translation>No se escribió nada: el atlas %1.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Nothing was written: %1</source>
        <translation>No se escribió nada: %1</translation>
    </message>
</context>
<context>
    <name>twinatlas::ImportPartnershipsCommand</name>
    <message numerus="yes">
        <location filename="../app/commands/importpartnershipscommand.cpp" line="+9"/>
        <source>Import %n partnerships from %1</source>
        <translation>
            <numerusform>Importar %n hermanamiento de %1</numerusform>
            <numerusform>Importar %n hermanamientos de %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>twinatlas::ImportPlan</name>
    <message>
        <location filename="../app/core/io/importplan.cpp" line="+123"/>
        <source>chosen in the review</source>
        <translation>elegido en la revisión</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>placed at the coordinates typed in the review</source>
        <translation>situado en las coordenadas escritas en la revisión</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>skipped in the review</source>
        <translation>omitido en la revisión</translation>
    </message>
    <message>
        <location line="+163"/>
        <source>Imported list: %1</source>
        <translation>Lista importada: %1</translation>
    </message>
</context>
<context>
    <name>twinatlas::ImportPreviewPage</name>
    <message>
        <location filename="../app/ui/importpreviewpage.cpp" line="+24"/>
        <source>First row names the columns</source>
        <translation>La primera fila nombra las columnas</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Table (CSV, TSV, semicolons)</source>
        <translation>Tabla (CSV, TSV, punto y coma)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wikidata query result (JSON)</source>
        <translation>Resultado de consulta de Wikidata (JSON)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wikidata query result (CSV)</source>
        <translation>Resultado de consulta de Wikidata (CSV)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pasted list of one place’s twins</source>
        <translation>Lista pegada de las ciudades hermanadas de un lugar</translation>
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
        <translation>Windows-1252 (Europa occidental)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Comma</source>
        <translation>Coma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Semicolon</source>
        <translation>Punto y coma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tab</source>
        <translation>Tabulador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bar |</source>
        <translation>Barra |</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Format:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Delimitador:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Encoding:</source>
        <translation>&amp;Codificación:</translation>
    </message>
    <message numerus="yes">
        <location line="+57"/>
        <source>%n rows read from %1. Check what each column holds; the choice above a column can be changed.</source>
        <translation>
            <numerusform>%n fila leída de %1. Comprueba qué contiene cada columna; la elección sobre cada columna se puede cambiar.</numerusform>
            <numerusform>%n filas leídas de %1. Comprueba qué contiene cada columna; la elección sobre cada columna se puede cambiar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n twins read from %1.</source>
        <translation>
            <numerusform>%n ciudad hermanada leída de %1.</numerusform>
            <numerusform>%n ciudades hermanadas leídas de %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… y %n más</numerusform>
            <numerusform>… y %n más</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read loosely or skipped:</source>
        <translation>Leído con tolerancia u omitido:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Column %1</source>
        <translation>Columna %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Holds</source>
        <translation>Contiene</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Twin</source>
        <translation>Ciudad hermanada</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start</source>
        <translation>Inicio</translation>
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
        <translation>lugar nuevo %1, %2 en %3, %4</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>doubtful: %n to choose from</source>
        <translation>
            <numerusform>dudoso: %n opción</numerusform>
            <numerusform>dudoso: %n opciones</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not found</source>
        <translation>no encontrado</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+12"/>
        <source>skipped</source>
        <translation>omitido</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>found</source>
        <translation>encontrado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>new place</source>
        <translation>lugar nuevo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>doubtful</source>
        <translation>dudoso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unresolved</source>
        <translation>sin identificar</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>GeoNames id</source>
        <translation>Id. de GeoNames</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>coordinates</source>
        <translation>coordenadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>other name</source>
        <translation>otro nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>spelling variant</source>
        <translation>variante ortográfica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name without “District”, “City of”…</source>
        <translation>nombre sin “District”, “City of”…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>close spelling</source>
        <translation>escritura parecida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>new at the file’s coordinates</source>
        <translation>nuevo en las coordenadas del archivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>your choice</source>
        <translation>tu elección</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>to import</source>
        <translation>para importar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>already there: merged</source>
        <translation>ya existe: fusionado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>left out: unresolved</source>
        <translation>excluido: sin identificar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>left out: doubtful</source>
        <translation>excluido: dudoso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>left out: skipped</source>
        <translation>excluido: omitido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>left out: same place twice</source>
        <translation>excluido: el mismo lugar dos veces</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>Found as</source>
        <translation>Encontrado como</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Partner</source>
        <translation>Ciudad hermanada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How</source>
        <translation>Cómo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sure</source>
        <translation>Certeza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
</context>
<context>
    <name>twinatlas::ImportReviewPage</name>
    <message>
        <location filename="../app/ui/importreviewpage.cpp" line="+35"/>
        <source>Only rows to decide (doubtful or not found)</source>
        <translation>Solo filas por decidir (dudosas o no encontradas)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Use this place</source>
        <translation>&amp;Usar este lugar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create &amp;new place here</source>
        <translation>Crear un lugar &amp;nuevo aquí</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Skip</source>
        <translation>&amp;Omitir</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Decide</source>
        <translation>Decidir</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Lat, lon: 46.23, 15.26</source>
        <translation>Lat., lon.: 46.23, 15.26</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The latitude, a comma, then the longitude, in degrees: a new place is made there with the name as the list writes it</source>
        <translation>La latitud, una coma y luego la longitud, en grados: allí se crea un lugar nuevo con el nombre tal como lo escribe la lista</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Leave this place, and every row that names it, out of the import</source>
        <translation>Excluir de la importación este lugar y todas las filas que lo nombran</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Candidates:</source>
        <translation>Candidatos:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Or where it is:</source>
        <translation>O dónde está:</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>Place: %1</source>
        <translation>Lugar: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partner: %1</source>
        <translation>Ciudad hermanada: %1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>“%1” are not coordinates: write the latitude (-90 to 90), a comma, then the longitude (-180 to 180).</source>
        <translation>“%1” no son coordenadas: escribe la latitud (de -90 a 90), una coma y luego la longitud (de -180 a 180).</translation>
    </message>
    <message numerus="yes">
        <location line="+41"/>
        <source>%n partnerships to import</source>
        <translation>
            <numerusform>%n hermanamiento para importar</numerusform>
            <numerusform>%n hermanamientos para importar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n already in the atlas (merged)</source>
        <translation>
            <numerusform>%n ya en el atlas (fusionado)</numerusform>
            <numerusform>%n ya en el atlas (fusionados)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n new places</source>
        <translation>
            <numerusform>%n lugar nuevo</numerusform>
            <numerusform>%n lugares nuevos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n rows read: </source>
        <translation>
            <numerusform>%n fila leída: </numerusform>
            <numerusform>%n filas leídas: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n places doubtful or not found: their rows are left out unless you decide.</source>
        <translation>
            <numerusform>%n lugar dudoso o no encontrado: sus filas se excluyen a menos que decidas.</numerusform>
            <numerusform>%n lugares dudosos o no encontrados: sus filas se excluyen a menos que decidas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>twinatlas::ImportRunner</name>
    <message>
        <location filename="../app/ui/importrunner.cpp" line="+116"/>
        <source>The import was cancelled; nothing was written.</source>
        <translation>Se canceló la importación; no se escribió nada.</translation>
    </message>
</context>
<context>
    <name>twinatlas::ImportSourcePage</name>
    <message>
        <location filename="../app/ui/importsourcepage.cpp" line="+25"/>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A table of partnerships (CSV, TSV or semicolons, one row per pair or one row per place with its twins in a cell), or a Wikidata query result saved as JSON or CSV.</source>
        <translation>Una tabla de hermanamientos (CSV, TSV o punto y coma, una fila por pareja o una fila por lugar con sus ciudades hermanadas en una celda), o un resultado de consulta de Wikidata guardado como JSON o CSV.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The file to import</source>
        <translation>El archivo que se importará</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>From a file</source>
        <translation>Desde un archivo</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Twins of:</source>
        <translation>Ciudades &amp;hermanadas de:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paste the list as written, e.g.
Roanne (France), since 1958
Schongau, Germany
Woerden in the Netherlands (from 1967 to 2016)</source>
        <translation>Pega la lista tal como está escrita, p. ej.
Roanne (Francia), desde 1958
Schongau, Alemania
Woerden, Países Bajos (1967–2016)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;List:</source>
        <translation>&amp;Lista:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paste a list</source>
        <translation>Pegar una lista</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Import partnerships</source>
        <translation>Importar hermanamientos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lists of partnerships (*.csv *.tsv *.txt *.json);;All files (*)</source>
        <translation>Listas de hermanamientos (*.csv *.tsv *.txt *.json);;Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>twinatlas::ListReader</name>
    <message>
        <location filename="../app/core/io/listreader.cpp" line="+166"/>
        <source>Columns guessed: %1.</source>
        <translation>Columnas deducidas: %1.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>not valid JSON: %1 (the file may be truncated)</source>
        <translation>JSON no válido: %1 (puede que el archivo esté truncado)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>not a Wikidata query result: no “results”</source>
        <translation>no es un resultado de consulta de Wikidata: falta “results”</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>record %1 is not an object</source>
        <translation>el registro %1 no es un objeto</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>more than %1 fields in the records</source>
        <translation>más de %1 campos en los registros</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>a pasted list is of one place: say which (--home NAME)</source>
        <translation>una lista pegada es de un solo lugar: indica cuál (--home NOMBRE)</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>%1: “%2” is not a GeoNames id</source>
        <translation>%1: “%2” no es un id. de GeoNames</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>“%1” is not a coordinate</source>
        <translation>“%1” no es una coordenada</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>“%1” are not coordinates</source>
        <translation>“%1” no son coordenadas</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>coordinates out of range: latitude %1, longitude %2 (latitude runs from -90 to 90, longitude from -180 to 180)</source>
        <translation>coordenadas fuera de rango: latitud %1, longitud %2 (la latitud va de -90 a 90 y la longitud de -180 a 180)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>the date “%1” is not understood</source>
        <translation>no se entiende la fecha “%1”</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the kind “%1” is not understood</source>
        <translation>no se entiende el tipo “%1”</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the status “%1” is not understood</source>
        <translation>no se entiende el estado “%1”</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Wikidata: %1 (%2), twinned administrative body</source>
        <translation>Wikidata: %1 (%2), entidad administrativa hermanada</translation>
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
        <translation>Lugares</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Places</source>
        <translation>&amp;Lugares</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Details</source>
        <translation>&amp;Detalles</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Zoom &amp;in</source>
        <translation>Acer&amp;car</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoom &amp;out</source>
        <translation>Ale&amp;jar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the whole &amp;world</source>
        <translation>Mostrar el &amp;mundo entero</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Twinatlas</source>
        <translation>&amp;Acerca de Twinatlas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
</context>
<context>
    <name>twinatlas::MapExportActions</name>
    <message>
        <location filename="../app/ui/mapexportactions.cpp" line="+28"/>
        <source>&amp;Export map…</source>
        <translation>&amp;Exportar mapa…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save the map as a PNG image, an SVG drawing or a PDF document</source>
        <translation>Guardar el mapa como imagen PNG, dibujo SVG o documento PDF</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Partnerships of %1, %2</source>
        <translation>Hermanamientos de %1, %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Twin towns and sister cities of the world</source>
        <translation>Ciudades hermanadas y ciudades hermanas del mundo</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Twinatlas map</source>
        <translation>Mapa de Twinatlas</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+12"/>
        <source>Print map</source>
        <translation>Imprimir mapa</translation>
    </message>
</context>
<context>
    <name>twinatlas::MapExporter</name>
    <message>
        <location filename="../app/core/export/mapexporter.cpp" line="+185"/>
        <source>Twinatlas map</source>
        <translation>Mapa de Twinatlas</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>There is not enough memory for an image of %1 × %2 pixels.</source>
        <translation>No hay memoria suficiente para una imagen de %1 × %2 píxeles.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>The SVG drawing could not be started.</source>
        <translation>No se pudo iniciar el dibujo SVG.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The PDF drawing could not be started.</source>
        <translation>No se pudo iniciar el dibujo PDF.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Cannot tell the format of “%1”: the name must end in .png, .svg or .pdf.</source>
        <translation>No se puede saber el formato de “%1”: el nombre debe terminar en .png, .svg o .pdf.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cannot write “%1”: the folder “%2” does not exist.</source>
        <translation>No se puede escribir “%1”: la carpeta “%2” no existe.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot write “%1”: “%2” is not a folder.</source>
        <translation>No se puede escribir “%1”: “%2” no es una carpeta.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot write “%1”: it exists and is not a regular file.</source>
        <translation>No se puede escribir “%1”: existe y no es un archivo normal.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+4"/>
        <location line="+13"/>
        <location line="+8"/>
        <location line="+3"/>
        <source>Cannot write “%1”: %2</source>
        <translation>No se puede escribir “%1”: %2</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>nothing was drawn.</source>
        <translation>no se dibujó nada.</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>only %n bytes could be written.</source>
        <translation>
            <numerusform>solo se pudo escribir %n byte.</numerusform>
            <numerusform>solo se pudieron escribir %n bytes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>twinatlas::MapLegend</name>
    <message>
        <location filename="../app/core/export/maplegend.cpp" line="+39"/>
        <source>Sister city</source>
        <translation>Ciudad hermana</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Twin town</source>
        <translation>Ciudad hermanada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Partner town</source>
        <translation>Ciudad asociada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Friendship city</source>
        <translation>Ciudad amiga</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cooperation</source>
        <translation>Cooperación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other partnership</source>
        <translation>Otro hermanamiento</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Proposed</source>
        <translation>Propuesto</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ended or suspended</source>
        <translation>Finalizado o suspendido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ended</source>
        <translation>Finalizado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Suspended</source>
        <translation>Suspendido</translation>
    </message>
</context>
<context>
    <name>twinatlas::MapPickMode</name>
    <message>
        <location filename="../app/ui/mappickmode.cpp" line="+54"/>
        <source>Click the place on the map; Esc cancels.</source>
        <translation>Haz clic en el lugar en el mapa; Esc cancela.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click the position on the map; Esc cancels.</source>
        <translation>Haz clic en la posición en el mapa; Esc cancela.</translation>
    </message>
</context>
<context>
    <name>twinatlas::MapPrinter</name>
    <message>
        <location filename="../app/ui/mapprinter.cpp" line="+16"/>
        <source>The printer “%1” could not be started.</source>
        <translation>No se pudo iniciar la impresora “%1”.</translation>
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
        <translation>No hay ningún lugar seleccionado, así que el mapa se centra en el medio de la vista. Selecciona un lugar para centrar el mapa en él.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Centred on %1, the place selected last.</source>
        <translation>Centrado en %1, el último lugar seleccionado.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The selected place has no partnerships on the map, so the map stays centred where it was.</source>
        <translation>El lugar seleccionado no tiene hermanamientos en el mapa, así que el mapa sigue centrado donde estaba.</translation>
    </message>
    <message numerus="yes">
        <location line="+282"/>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;Partners: %n</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;Ciudades hermanadas: %n</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;Ciudades hermanadas: %n</numerusform>
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
        <translation>&amp;Proyección</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Theme</source>
        <translation>&amp;Tema</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print</source>
        <extracomment>A map theme (View ▸ Theme): white paper and strong lines, for printing.</extracomment>
        <translation>Impresión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
</context>
<context>
    <name>twinatlas::MyLocation</name>
    <message>
        <location filename="../app/ui/mylocation.cpp" line="+25"/>
        <source>My &amp;location</source>
        <translation>Mi &amp;ubicación</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show where you are and the nearest place with partnerships</source>
        <translation>Mostrar dónde estás y el lugar más cercano con hermanamientos</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Finding your position…</source>
        <translation>Buscando tu posición…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Your atlas holds no place with partnerships to measure from.</source>
        <translation>Tu atlas no contiene ningún lugar con hermanamientos desde el que medir.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>You are %1 from %2, the nearest place with partnerships.</source>
        <translation>Estás a %1 de %2, el lugar más cercano con hermanamientos.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Position of %1.</source>
        <translation>Posición obtenida: %1.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>My location</source>
        <translation>Mi ubicación</translation>
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
        <translation>Ciudad hermanada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kind</source>
        <extracomment>Column: the kind of partnership (twin town, sister city, friendship city…).</extracomment>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Years</source>
        <translation>Años</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Distance</source>
        <translation>Distancia</translation>
    </message>
</context>
<context>
    <name>twinatlas::PartnershipDialog</name>
    <message>
        <location filename="../app/ui/partnershipdialog.cpp" line="+52"/>
        <source>Add partnership</source>
        <translation>Añadir hermanamiento</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Anything worth knowing that the dates do not say</source>
        <translation>Cualquier cosa que valga la pena saber y que las fechas no digan</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Place:</source>
        <translation>&amp;Lugar:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;artner:</source>
        <translation>Ciudad &amp;hermanada:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;tatus:</source>
        <translation>&amp;Estado:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Start:</source>
        <translation>&amp;Inicio:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;End:</source>
        <translation>&amp;Fin:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;ote:</source>
        <translation>N&amp;ota:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sources:</source>
        <translation>Fuentes:</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Edit partnership</source>
        <translation>Editar hermanamiento</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Place: choose it from the matches, or on the map.</source>
        <translation>Lugar: elígelo entre las coincidencias o en el mapa.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Partner: choose it from the matches, or on the map.</source>
        <translation>Ciudad hermanada: elígela entre las coincidencias o en el mapa.</translation>
    </message>
</context>
<context>
    <name>twinatlas::PartnershipStatusCommand</name>
    <message>
        <location filename="../app/commands/partnershipstatuscommand.cpp" line="+27"/>
        <source>End partnership %1</source>
        <translation>Finalizar hermanamiento %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Suspend partnership %1</source>
        <translation>Suspender hermanamiento %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resume partnership %1</source>
        <translation>Reanudar hermanamiento %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Renew partnership %1</source>
        <translation>Renovar hermanamiento %1</translation>
    </message>
</context>
<context>
    <name>twinatlas::PastedList</name>
    <message>
        <location filename="../app/core/io/pastedlist.cpp" line="+383"/>
        <source>%1: not a list item: %2</source>
        <translation>%1: no es un elemento de lista: %2</translation>
    </message>
</context>
<context>
    <name>twinatlas::PlaceDialog</name>
    <message>
        <location filename="../app/ui/placedialog.cpp" line="+56"/>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Town or village</source>
        <translation>Pueblo o aldea</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>District</source>
        <translation>Distrito</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Add place</source>
        <translation>Añadir lugar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>As it is written there, e.g. “Kreuzberg”</source>
        <translation>Como se escribe allí, p. ej. “Kreuzberg”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a country</source>
        <translation>Elige un país</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>e.g. 13.40333 (east is positive)</source>
        <translation>p. ej. 13.40333 (el este es positivo)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. 52.49887 (north is positive)</source>
        <translation>p. ej. 52.49887 (el norte es positivo)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Set on the map</source>
        <translation>Fijar en el mapa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click the place on the map to fill in its position</source>
        <translation>Haz clic en el lugar en el mapa para rellenar su posición</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Country:</source>
        <translation>&amp;País:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Latitude, longitude:</source>
        <translation>La&amp;titud, longitud:</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Edit place</source>
        <translation>Editar lugar</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>%1: give it in degrees, or set the position on the map.</source>
        <translation>%1: indícala en grados o fija la posición en el mapa.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: “%2” is not a number of degrees.</source>
        <translation>%1: “%2” no es un número de grados.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Country: choose one.</source>
        <translation>País: elige uno.</translation>
    </message>
</context>
<context>
    <name>twinatlas::PlaceField</name>
    <message>
        <location filename="../app/ui/placefield.cpp" line="+25"/>
        <source>Type a name</source>
        <translation>Escribe un nombre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On the map</source>
        <translation>En el mapa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click the place on the map instead of typing its name</source>
        <translation>Haz clic en el lugar en el mapa en vez de escribir su nombre</translation>
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
Ciudades hermanadas: %n</numerusform>
            <numerusform>%1, %2
Ciudades hermanadas: %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Partners</source>
        <translation>Ciudades hermanadas</translation>
    </message>
</context>
<context>
    <name>twinatlas::PlaceResolver</name>
    <message>
        <location filename="../app/core/io/placeresolver.cpp" line="+130"/>
        <source> (pop. %1)</source>
        <translation> (pobl. %1)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>GeoNames id %1</source>
        <translation>Id. de GeoNames %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the text holds %1: check it</source>
        <translation>el texto contiene %1: revíselo</translation>
    </message>
    <message>
        <location line="+198"/>
        <source>named so, %1 km from the file&apos;s coordinates</source>
        <translation>con ese nombre, a %1 km de las coordenadas del archivo</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>not in the atlas: a new place at the file&apos;s coordinates</source>
        <translation>no está en el atlas: un lugar nuevo en las coordenadas del archivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no place of that name within 25 km of the file&apos;s coordinates: a new place there</source>
        <translation>ningún lugar con ese nombre a menos de 25 km de las coordenadas del archivo: un lugar nuevo allí</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>coordinates without a name</source>
        <translation>coordenadas sin nombre</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>“%1” is in %2, not in %3 as the list says</source>
        <translation>“%1” está en %2, no en %3 como dice la lista</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no name</source>
        <translation>sin nombre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no place of this name in the atlas</source>
        <translation>ningún lugar con este nombre en el atlas</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>no place of this name in or near %1, which the list names with it</source>
        <translation>ningún lugar con este nombre en %1 o cerca, que la lista indica con él</translation>
    </message>
    <message numerus="yes">
        <location line="+70"/>
        <source>%n places of similar weight answer to this name</source>
        <translation>
            <numerusform>%n lugar de peso similar responde a este nombre</numerusform>
            <numerusform>%n lugares de peso similar responden a este nombre</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>; the largest of %n places so named</source>
        <translation>
            <numerusform>; el mayor de %n lugar con ese nombre</numerusform>
            <numerusform>; el mayor de %n lugares con ese nombre</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>only a name within %n letter(s) of it, and no country to go by</source>
        <translation>
            <numerusform>solo un nombre a %n letra de distancia, y ningún país en el que basarse</numerusform>
            <numerusform>solo un nombre a %n letras de distancia, y ningún país en el que basarse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>only a small place within %n letter(s) of this name</source>
        <translation>
            <numerusform>solo un lugar pequeño cuyo nombre difiere en %n letra</numerusform>
            <numerusform>solo un lugar pequeño cuyo nombre difiere en %n letras</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>its name</source>
        <translation>su nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>one of its names</source>
        <translation>uno de sus nombres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its name, spelled another way</source>
        <translation>su nombre, escrito de otra manera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its name, without the added word</source>
        <translation>su nombre, sin la palabra añadida</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>a name %n letter(s) away</source>
        <translation>
            <numerusform>un nombre a %n letra de distancia</numerusform>
            <numerusform>un nombre a %n letras de distancia</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>, in the region or country given</source>
        <translation>, en la región o el país indicados</translation>
    </message>
</context>
<context>
    <name>twinatlas::PlaceText</name>
    <message>
        <location filename="../app/core/io/placetext.cpp" line="+35"/>
        <source>a spreadsheet formula, not a name</source>
        <translation>una fórmula de hoja de cálculo, no un nombre</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>text in the wrong encoding (“%1”)</source>
        <translation>texto en una codificación errónea («%1»)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a character that could not be read</source>
        <translation>un carácter que no se pudo leer</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%1” in a name</source>
        <translation>«%1» en un nombre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a bracket that does not close</source>
        <translation>un paréntesis que no se cierra</translation>
    </message>
</context>
<context>
    <name>twinatlas::PositionRequest</name>
    <message>
        <location filename="../app/core/location/positionrequest.cpp" line="+56"/>
        <source>Cannot read the NMEA source %1: Qt&apos;s NMEA position plugin is missing or cannot open it.</source>
        <translation>No se puede leer la fuente NMEA %1: falta el complemento de posición NMEA de Qt o no puede abrirla.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>The NMEA log %1 holds no valid position fix (%2).</source>
        <translation>El registro NMEA %1 no contiene ninguna posición válida (%2).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>This system has no position source. Install and enable GeoClue (the geoclue-2.0 package on Debian), or name a GPS receiver or an NMEA log in Preferences.</source>
        <translation>Este sistema no tiene ninguna fuente de posición. Instala y activa GeoClue (el paquete geoclue-2.0 en Debian), o indica un receptor GPS o un registro NMEA en Preferencias.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Twinatlas may not know your position: location access was refused. Allow it in your system&apos;s privacy settings, or name a GPS receiver or an NMEA log in Preferences.</source>
        <translation>Twinatlas no puede conocer tu posición: se denegó el acceso a la ubicación. Permítelo en la configuración de privacidad del sistema, o indica un receptor GPS o un registro NMEA en Preferencias.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The position source closed before it gave a position.</source>
        <translation>La fuente de posición se cerró antes de dar una posición.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The position source gave no position within %n seconds.</source>
        <translation>
            <numerusform>La fuente de posición no dio ninguna posición en %n segundo.</numerusform>
            <numerusform>La fuente de posición no dio ninguna posición en %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The position source failed without saying why.</source>
        <translation>La fuente de posición falló sin indicar el motivo.</translation>
    </message>
</context>
<context>
    <name>twinatlas::PreferencesDialog</name>
    <message>
        <location filename="../app/ui/preferencesdialog.cpp" line="+27"/>
        <source>The system&apos;s location service</source>
        <translation>El servicio de ubicación del sistema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An NMEA source:</source>
        <translation>Una fuente NMEA:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Browse…</source>
        <translation>E&amp;xaminar…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Look for changes in Wikidata once a week, at start</source>
        <translation>Buscar cambios en Wikidata una vez por semana, al iniciar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>/dev/ttyACM0 or a log file</source>
        <translation>/dev/ttyACM0 o un archivo de registro</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The system&apos;s language</source>
        <extracomment>The first choice of Preferences ▸ Language: the desktop&apos;s language, whichever it is.</extracomment>
        <translation>El idioma del sistema</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new language applies when Twinatlas starts again.</source>
        <translation>Un idioma nuevo se aplica cuando Twinatlas se vuelve a iniciar.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where Go ▸ My location finds your position.</source>
        <translation>De dónde obtiene tu posición Ir ▸ Mi ubicación.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A GPS receiver&apos;s serial device is read live; of a log file of NMEA sentences, the last valid fix is used.</source>
        <translation>El dispositivo serie de un receptor GPS se lee en directo; de un archivo de registro de sentencias NMEA se usa la última posición válida.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Wikidata</source>
        <translation>Wikidata</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Any SPARQL endpoint over Wikidata, such as a QLever instance or your own; empty for the Wikidata Query Service.</source>
        <translation>Cualquier punto de acceso SPARQL sobre Wikidata, como una instancia de QLever o uno propio; vacío para el Wikidata Query Service.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Asks again for what the last fetch asked for, and shows what changed before anything is added.</source>
        <translation>Vuelve a pedir lo que pidió la última consulta y muestra qué cambió antes de añadir nada.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Service:</source>
        <translation>Servicio:</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>NMEA source</source>
        <translation>Fuente NMEA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NMEA logs (*.nmea *.nma *.log *.txt);;All files (*)</source>
        <translation>Registros NMEA (*.nmea *.nma *.log *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>An http or https address, such as %1</source>
        <translation>Una dirección http o https, como %1</translation>
    </message>
</context>
<context>
    <name>twinatlas::ProvenanceText</name>
    <message>
        <location filename="../app/core/db/provenancetext.cpp" line="+20"/>
        <source>Added by you</source>
        <translation>Añadido por ti</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Added by you on %1</source>
        <translation>Añadido por ti el %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edited by you on %1</source>
        <translation>Editado por ti el %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From the bundled data</source>
        <translation>De los datos incluidos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From the bundled data %1</source>
        <translation>De los datos incluidos %1</translation>
    </message>
</context>
<context>
    <name>twinatlas::QueryCommand</name>
    <message>
        <location filename="../app/cli/querycommand.cpp" line="+34"/>
        <source>Prints a place&apos;s partnerships as tab-separated lines: partner, country, kind, status, start, end, distance in km along the WGS 84 geodesic.</source>
        <translation>Imprime los hermanamientos de un lugar como líneas separadas por tabuladores: ciudad hermanada, país, tipo, estado, inicio, fin, distancia en km a lo largo de la geodésica WGS 84.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Print the counts of places, partnerships, events and sources.</source>
        <translation>Imprimir el número de lugares, hermanamientos, eventos y fuentes.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The atlas file to read.</source>
        <translation>El archivo de atlas que se leerá.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FILE</source>
        <translation>ARCHIVO</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The place to look up.</source>
        <translation>El lugar que se busca.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>NAME</source>
        <translation>NOMBRE</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>give a place name, or --stats</source>
        <translation>indica el nombre de un lugar, o --stats</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>no place is called “%1”.</source>
        <translation>ningún lugar se llama “%1”.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no place is called “%1”. Closest matches: %2.</source>
        <translation>ningún lugar se llama “%1”. Coincidencias más cercanas: %2.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 places are called “%2”; showing %3. The others:</source>
        <translation>%1 lugares se llaman «%2»; se muestra %3. Los demás:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>population %1</source>
        <translation>población %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 partnerships</source>
        <translation>%1 hermanamientos</translation>
    </message>
</context>
<context>
    <name>twinatlas::ReadFailure</name>
    <message>
        <location filename="../app/cli/readfailure.cpp" line="+16"/>
        <source>“twinatlas check --database %1” names the damage.</source>
        <translation>“twinatlas check --database %1” indica los daños.</translation>
    </message>
</context>
<context>
    <name>twinatlas::RecordParser</name>
    <message>
        <location filename="../app/core/io/delimitedtable.cpp" line="+57"/>
        <source>more than %1 columns in one record</source>
        <translation>más de %1 columnas en un registro</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>text after the closing quote of a cell; a quote inside a quoted cell is written twice (&quot;&quot;)</source>
        <translation>texto tras las comillas de cierre de una celda; unas comillas dentro de una celda entrecomillada se escriben dos veces (&quot;&quot;)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the quote that opens this cell is never closed (the file may be truncated)</source>
        <translation>las comillas que abren esta celda nunca se cierran (puede que el archivo esté truncado)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>a cell longer than %1 characters</source>
        <translation>una celda de más de %1 caracteres</translation>
    </message>
</context>
<context>
    <name>twinatlas::RemoveEventCommand</name>
    <message>
        <location filename="../app/commands/removeeventcommand.cpp" line="+13"/>
        <source>Remove event of %1</source>
        <translation>Eliminar evento de %1</translation>
    </message>
</context>
<context>
    <name>twinatlas::RemovePartnershipCommand</name>
    <message>
        <location filename="../app/commands/removepartnershipcommand.cpp" line="+8"/>
        <source>Remove partnership %1</source>
        <translation>Eliminar hermanamiento %1</translation>
    </message>
</context>
<context>
    <name>twinatlas::RemovePlaceCommand</name>
    <message>
        <location filename="../app/commands/removeplacecommand.cpp" line="+17"/>
        <source>Remove place %1</source>
        <translation>Eliminar lugar %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove place %1 with its partnerships</source>
        <translation>Eliminar lugar %1 con sus hermanamientos</translation>
    </message>
</context>
<context>
    <name>twinatlas::SaveFile</name>
    <message>
        <location filename="../app/core/io/savefile.cpp" line="+30"/>
        <source>it cannot be created</source>
        <translation>no se puede crear</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>only %n bytes could be written</source>
        <translation>
            <numerusform>solo se pudo escribir %n byte</numerusform>
            <numerusform>solo se pudieron escribir %n bytes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the data could not be written out</source>
        <translation>no se pudieron escribir los datos</translation>
    </message>
</context>
<context>
    <name>twinatlas::SearchResultModel</name>
    <message>
        <location filename="../app/models/searchresultmodel.cpp" line="+86"/>
        <source>%1 (also called %2)</source>
        <translation>%1 (también llamado %2)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Also called %1</source>
        <translation>También llamado %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Population: %1</source>
        <translation>Población: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No partners in the atlas</source>
        <translation>Sin socios en el atlas</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Partners: %n</source>
        <translation>
            <numerusform>Socios: %n</numerusform>
            <numerusform>Socios: %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Population</source>
        <translation>Población</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Partners</source>
        <translation>Ciudades hermanadas</translation>
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
        <translation>Configura un atlas de equipo en un servidor PostgreSQL y añade a sus miembros.
  init URL            crea el esquema y los roles en una base de datos vacía, o actualiza un atlas de equipo más antiguo
  add-user URL NOMBRE añade un miembro con --role; la contraseña se lee de la entrada estándar
URL: postgresql://usuario@host:puerto/base (como un usuario que puede crear roles), ?host=/run/postgresql para un socket, ?sslrootcert=ARCHIVO para el certificado del servidor.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>viewer (reads), editor (reads and writes) or administrator (also manages members).</source>
        <translation>viewer (lee), editor (lee y escribe) o administrator (también gestiona a los miembros).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ROLE</source>
        <translation>ROL</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ACTION</source>
        <translation>ACCIÓN</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>init or add-user</source>
        <translation>init o add-user</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The database of the team atlas.</source>
        <translation>La base de datos del atlas de equipo.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>give init or add-user, then the URL of the database.</source>
        <translation>indique init o add-user y después la URL de la base de datos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>init takes one URL.</source>
        <translation>init espera una URL.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>add-user takes a URL and a user name.</source>
        <translation>add-user espera una URL y un nombre de usuario.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the team atlas on %1 was set up by a newer Twinatlas (schema version %2; this one knows up to %3). Nothing was changed.</source>
        <translation>el atlas de equipo en %1 lo configuró un Twinatlas más reciente (versión de esquema %2; este conoce hasta la %3). No se ha cambiado nada.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The team atlas on %1 is set up already (schema version %2); nothing to do.</source>
        <translation>El atlas de equipo en %1 ya está configurado (versión de esquema %2); no hay nada que hacer.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the team atlas on %1 could not be upgraded; it is as it was: %2</source>
        <translation>no se pudo actualizar el atlas de equipo en %1; sigue como estaba: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Upgraded the team atlas on %1 from schema version %2 to %3.</source>
        <translation>Se actualizó el atlas de equipo en %1 de la versión de esquema %2 a la %3.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the team atlas could not be set up on %1; nothing was changed: %2</source>
        <translation>no se pudo configurar el atlas de equipo en %1; no se ha cambiado nada: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set up a team atlas on %1 (schema version %2).</source>
        <translation>Atlas de equipo configurado en %1 (versión de esquema %2).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add its members with: twinatlas server add-user &apos;%1&apos; NAME --role editor</source>
        <translation>Añada a sus miembros con: twinatlas server add-user &apos;%1&apos; NOMBRE --role editor</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 holds no team atlas; set it up first with: twinatlas server init &apos;%2&apos;</source>
        <translation>%1 no contiene ningún atlas de equipo; configúrelo primero con: twinatlas server init &apos;%2&apos;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--role is viewer, editor or administrator, not “%1”.</source>
        <translation>--role es viewer, editor o administrator, no «%1».</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password for %1: </source>
        <translation>Contraseña de %1: </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no password given for %1; nothing was changed.</source>
        <translation>no se ha dado ninguna contraseña para %1; no se ha cambiado nada.</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+6"/>
        <source>%1 could not be added; nothing was changed: %2</source>
        <translation>no se pudo añadir a %1; no se ha cambiado nada: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Added %1 to the team atlas on %2 as %3.</source>
        <translation>Se añadió a %1 al atlas de equipo en %2 como %3.</translation>
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
        <translation>Eliminar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add another</source>
        <translation>Añadir otra</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sources cited</source>
        <translation>Fuentes citadas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Double-click a web address to open it in the browser.</source>
        <translation>Haz doble clic en una dirección web para abrirla en el navegador.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Title, e.g. “City council decision 114/1988”</source>
        <translation>Título, p. ej. “Acuerdo del pleno municipal 114/1988”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Or the name of a document or book</source>
        <translation>O el nombre de un documento o libro</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Title:</source>
        <translation>Título:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Web address:</source>
        <translation>Dirección web:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document:</source>
        <translation>Documento:</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>%1: a source needs a title.</source>
        <translation>%1: una fuente necesita un título.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sources: give at least one, so that others can check it.</source>
        <translation>Fuentes: indica al menos una, para que otros puedan comprobarlo.</translation>
    </message>
</context>
<context>
    <name>twinatlas::SparqlResults</name>
    <message>
        <location filename="../app/core/wikidata/sparqlresults.cpp" line="+36"/>
        <source>the answer is not valid JSON (%1 at byte %2 of %3)</source>
        <translation>la respuesta no es JSON válido (%1 en el byte %2 de %3)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the answer is not a SPARQL result: no JSON object</source>
        <translation>la respuesta no es un resultado SPARQL: no hay objeto JSON</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the answer is not a SPARQL result: no “head” and “results”</source>
        <translation>la respuesta no es un resultado SPARQL: faltan «head» y «results»</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the answer names no variables (“head.vars”)</source>
        <translation>la respuesta no nombra variables («head.vars»)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a variable in “head.vars” is not a name</source>
        <translation>una variable de «head.vars» no es un nombre</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the answer has no rows (“results.bindings”)</source>
        <translation>la respuesta no tiene filas («results.bindings»)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>row %1 of the answer is not an object</source>
        <translation>la fila %1 de la respuesta no es un objeto</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>row %1 binds “%2”, which the answer does not name</source>
        <translation>la fila %1 asigna «%2», que la respuesta no nombra</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>row %1: “%2” is not an RDF term</source>
        <translation>fila %1: «%2» no es un término RDF</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>row %1: “%2” has no value</source>
        <translation>fila %1: «%2» no tiene valor</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>row %1: “%2” is of an unknown type “%3”</source>
        <translation>fila %1: «%2» es de un tipo desconocido, «%3»</translation>
    </message>
</context>
<context>
    <name>twinatlas::SqlFailure</name>
    <message>
        <location filename="../app/core/db/sqlfailure.cpp" line="+83"/>
        <source>its rows contradict each other: %1</source>
        <translation>sus filas se contradicen: %1</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>is damaged (%1)</source>
        <translation>está dañado (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot be written: its disk is full</source>
        <translation>no se puede escribir: su disco está lleno</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot be written: it, its folder or its disk is read-only (%1)</source>
        <translation>no se puede escribir: él, su carpeta o su disco es de solo lectura (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot be used: permission denied (%1)</source>
        <translation>no se puede usar: permiso denegado (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot be opened: a file it needs is missing or cannot be made (%1)</source>
        <translation>no se puede abrir: falta un archivo que necesita o no se puede crear (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is locked by another program (SQLite: “%1”)</source>
        <translation>está bloqueado por otro programa (SQLite: “%1”)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>could not be read from or written to its disk (%1)</source>
        <translation>no se pudo leer ni escribir en su disco (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>could not be read (SQLite: “%1”)</source>
        <translation>no se pudo leer (SQLite: “%1”)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The atlas file %1 %2.</source>
        <translation>El archivo de atlas %1 %2.</translation>
    </message>
</context>
<context>
    <name>twinatlas::StartupAtlas</name>
    <message>
        <location filename="../app/ui/startupatlas.cpp" line="+26"/>
        <source>Your atlas was restored from the backup %1. The file that could not be opened is kept as %2.</source>
        <translation>Su atlas se restauró desde la copia de seguridad %1. El archivo que no se pudo abrir se conserva como %2.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Your atlas was started again from the bundled atlas. The file that could not be opened, with your changes, is kept as %1.</source>
        <translation>Su atlas empezó de nuevo con el atlas incluido. El archivo que no se pudo abrir, con sus cambios, se conserva como %1.</translation>
    </message>
</context>
<context>
    <name>twinatlas::SyncCommand</name>
    <message>
        <location filename="../app/cli/synccommand.cpp" line="+35"/>
        <source>Syncs the atlas with its team atlas on a PostgreSQL server: receives what the others changed, sends your changes, and lists the conflicts a person has to settle (in the window: File ▸ Team conflicts). The password comes from the URL, PGPASSWORD or ~/.pgpass.</source>
        <translation>Sincroniza el atlas con su atlas de equipo en un servidor PostgreSQL: recibe lo que cambiaron los demás, envía sus cambios y enumera los conflictos que una persona debe resolver (en la ventana: Archivo ▸ Conflictos del equipo). La contraseña viene de la URL, de PGPASSWORD o de ~/.pgpass.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The atlas file to sync.</source>
        <translation>El archivo de atlas que sincronizar.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>FILE</source>
        <translation>ARCHIVO</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>postgresql://user@host:port/database; ?host=/run/postgresql for a socket, ?sslrootcert=FILE for the server&apos;s certificate.</source>
        <translation>postgresql://usuario@host:puerto/base; ?host=/run/postgresql para un socket, ?sslrootcert=ARCHIVO para el certificado del servidor.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>give the URL of the team atlas.</source>
        <translation>indique la URL del atlas de equipo.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>removed there, changed here</source>
        <translation>eliminado allí, cambiado aquí</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>removed here, changed there</source>
        <translation>eliminado aquí, cambiado allí</translation>
    </message>
</context>
<context>
    <name>twinatlas::TeamActions</name>
    <message>
        <location filename="../app/ui/teamactions.cpp" line="+33"/>
        <source>The atlas could not be opened for the sync.</source>
        <translation>No se pudo abrir el atlas para la sincronización.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Connect to a &amp;Team Atlas…</source>
        <translation>Conectar a un atlas de &amp;equipo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;ync with the Team Atlas</source>
        <translation>Sincroni&amp;zar con el atlas de equipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+78"/>
        <source>Team &amp;Conflicts…</source>
        <translation>&amp;Conflictos del equipo…</translation>
    </message>
    <message>
        <location line="-77"/>
        <source>&amp;Disconnect from the Team Atlas</source>
        <translation>&amp;Desconectar del atlas de equipo</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Team &amp;Conflicts (%1)…</source>
        <translation>&amp;Conflictos del equipo (%1)…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Team: not syncing (read-only)</source>
        <translation>Equipo: sin sincronizar (solo lectura)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Team: syncing…</source>
        <translation>Equipo: sincronizando…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Team: the last sync failed</source>
        <translation>Equipo: la última sincronización falló</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Team: not synced yet</source>
        <translation>Equipo: aún sin sincronizar</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Team: synced %1 · %2</source>
        <translation>Equipo: sincronizado %1 · %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last sync with %1 at %2</source>
        <translation>Última sincronización con %1 el %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+8"/>
        <source>Another Team Atlas</source>
        <translation>Otro atlas de equipo</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>This atlas was synced with %1. Sync it with %2 instead? Its rows and your changes stay; the new team atlas gets them at the first sync.</source>
        <translation>Este atlas se sincronizaba con %1. ¿Sincronizarlo con %2 en su lugar? Sus filas y sus cambios se quedan; el nuevo atlas de equipo los recibe en la primera sincronización.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The password could not be kept in the desktop&apos;s keyring (%1); Twinatlas will ask for it again next time.</source>
        <translation>No se pudo guardar la contraseña en el llavero del escritorio (%1); Twinatlas la volverá a pedir la próxima vez.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Enter the password for %1.</source>
        <translation>Introduzca la contraseña de %1.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Team Atlas</source>
        <translation>Atlas de equipo</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%Ln new conflict(s) with the team: File ▸ Team Conflicts… shows both values.</source>
        <translation>
            <numerusform>%Ln conflicto nuevo con el equipo: Archivo ▸ Conflictos del equipo… muestra los dos valores.</numerusform>
            <numerusform>%Ln conflictos nuevos con el equipo: Archivo ▸ Conflictos del equipo… muestra los dos valores.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Disconnect from the Team Atlas</source>
        <translation>Desconectar del atlas de equipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop syncing this atlas with %1? The atlas keeps every row and your changes; the password is removed from the keyring.</source>
        <translation>¿Dejar de sincronizar este atlas con %1? El atlas conserva todas las filas y sus cambios; la contraseña se elimina del llavero.</translation>
    </message>
</context>
<context>
    <name>twinatlas::TeamConflictsDialog</name>
    <message>
        <location filename="../app/ui/teamconflictsdialog.cpp" line="+23"/>
        <source>&amp;Keep Mine</source>
        <translation>&amp;Mantener el mío</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Take the Team&apos;s</source>
        <translation>&amp;Tomar el del equipo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Team Conflicts</source>
        <translation>Conflictos del equipo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Yours</source>
        <translation>El suyo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The team&apos;s</source>
        <translation>El del equipo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Changed by</source>
        <translation>Cambiado por</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep your value; the next sync sends it to the team.</source>
        <translation>Mantener su valor; la próxima sincronización lo envía al equipo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take the other value into this atlas now.</source>
        <translation>Tomar ahora el otro valor en este atlas.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The conflicts could not be read: %1</source>
        <translation>No se pudieron leer los conflictos: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The whole %1</source>
        <translation>El elemento entero (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Removed</source>
        <translation>Eliminado</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+1"/>
        <source>Changed</source>
        <translation>Cambiado</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 (you, %2)</source>
        <translation>%1 (usted, %2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No conflicts: this atlas and the team agree.</source>
        <translation>Sin conflictos: este atlas y el equipo coinciden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>These were changed here and by someone else since the last sync. Until you choose, your value stays here and the team keeps the other.</source>
        <translation>Estos se cambiaron aquí y por otra persona desde la última sincronización. Hasta que elija, su valor se queda aquí y el equipo conserva el otro.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cannot Settle the Conflict</source>
        <translation>No se puede resolver el conflicto</translation>
    </message>
</context>
<context>
    <name>twinatlas::TeamConnectDialog</name>
    <message>
        <location filename="../app/ui/teamconnectdialog.cpp" line="+27"/>
        <source>Keep the password in the desktop&apos;s keyring</source>
        <translation>Guardar la contraseña en el llavero del escritorio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encrypt the connection and verify the server&apos;s certificate</source>
        <translation>Cifrar la conexión y verificar el certificado del servidor</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sync when Twinatlas starts</source>
        <translation>Sincronizar al iniciar Twinatlas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connect to a Team Atlas</source>
        <translation>Conectar a un atlas de equipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Several people keep one atlas together on a PostgreSQL server. This atlas stays your working copy; a sync sends your changes and brings the others&apos;.</source>
        <translation>Varias personas mantienen juntas un atlas en un servidor PostgreSQL. Este atlas sigue siendo su copia de trabajo; una sincronización envía sus cambios y trae los de los demás.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>db.example.org, or a socket folder such as /run/postgresql</source>
        <translation>db.example.org, o una carpeta de socket como /run/postgresql</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The system&apos;s default (~/.postgresql/root.crt)</source>
        <translation>El predeterminado del sistema (~/.postgresql/root.crt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only when asked</source>
        <translation>Solo cuando se pida</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Server:</source>
        <translation>&amp;Servidor:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Port:</source>
        <translation>&amp;Puerto:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Database:</source>
        <translation>&amp;Base de datos:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pass&amp;word:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Certificate:</source>
        <translation>Cer&amp;tificado:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sync &amp;every:</source>
        <translation>Sincronizar &amp;cada:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connect and Sync</source>
        <translation>Conectar y sincronizar</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The Server&apos;s Certificate</source>
        <translation>Certificado del servidor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificates (*.crt *.pem *.cer);;All files (*)</source>
        <translation>Certificados (*.crt *.pem *.cer);;Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>twinatlas::TeamError</name>
    <message>
        <location filename="../app/core/team/teamerror.cpp" line="+68"/>
        <source>The team server refused the user name or password for %1. Check both and connect again; the local atlas is unchanged.</source>
        <translation>El servidor del equipo rechazó el nombre de usuario o la contraseña de %1. Compruebe ambos y vuelva a conectar; el atlas local no ha cambiado.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The certificate %2 to check the team server %1 with does not exist. No connection was made and nothing was sent; choose the server&apos;s certificate (or its authority&apos;s) in the connection settings.</source>
        <translation>El certificado %2 con el que comprobar el servidor del equipo %1 no existe. No se ha establecido ninguna conexión ni se ha enviado nada; elija el certificado del servidor (o el de su autoridad) en los ajustes de conexión.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The team server %1 could not prove who it is: its certificate could not be verified. No connection was made and nothing was sent; choose the server&apos;s certificate (or its authority&apos;s) in the connection settings.</source>
        <translation>El servidor del equipo %1 no pudo demostrar quién es: no se pudo verificar su certificado. No se ha establecido ninguna conexión ni se ha enviado nada; elija el certificado del servidor (o el de su autoridad) en los ajustes de conexión.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The team server %1 could not prove who it is: its certificate does not match the certificate %2. No connection was made and nothing was sent; check that this is the team&apos;s server and its certificate.</source>
        <translation>El servidor del equipo %1 no pudo demostrar quién es: su certificado no coincide con el certificado %2. No se ha establecido ninguna conexión ni se ha enviado nada; compruebe que sea el servidor del equipo y su certificado.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server has no database %1. Check the database name.</source>
        <translation>El servidor no tiene ninguna base de datos %1. Compruebe el nombre de la base de datos.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The team server %1 cannot be reached. Check the address and the network; the local atlas is unchanged and keeps working.</source>
        <translation>No se puede acceder al servidor del equipo %1. Compruebe la dirección y la red; el atlas local no ha cambiado y sigue funcionando.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The connection to the team server %1 was lost. %2</source>
        <translation>Se perdió la conexión con el servidor del equipo %1. %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The team server lets %1 read the team atlas but not change it. %2 Ask the team&apos;s administrator for the editor role to send your changes.</source>
        <translation>El servidor del equipo permite a %1 leer el atlas de equipo pero no cambiarlo. %2 Pida al administrador del equipo el rol editor para enviar sus cambios.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Another desktop added the same partnership at the same moment. %1 Sync again to take theirs in.</source>
        <translation>Otro equipo añadió la misma asociación en el mismo momento. %1 Sincronice de nuevo para incorporar la suya.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The team server refused the sync. %1</source>
        <translation>El servidor del equipo rechazó la sincronización. %1</translation>
    </message>
</context>
<context>
    <name>twinatlas::TeamHistoryText</name>
    <message>
        <location filename="../app/core/team/teamhistorytext.cpp" line="+31"/>
        <source>Added by %1 on %2</source>
        <translation>Añadido por %1 el %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Removed by %1 on %2</source>
        <translation>Eliminado por %1 el %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edited by %1 on %2</source>
        <translation>Editado por %1 el %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 · %2 added it</source>
        <translation>%1 · %2 lo añadió</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 · %2 removed it</source>
        <translation>%1 · %2 lo eliminó</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 · %2 changed it</source>
        <translation>%1 · %2 lo cambió</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 · %2 changed %3</source>
        <translation>%1 · %2 cambió %3</translation>
    </message>
</context>
<context>
    <name>twinatlas::TeamKinds</name>
    <message>
        <location filename="../app/core/team/teamkind.cpp" line="+174"/>
        <source>The whole row</source>
        <translation>El elemento entero</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>GeoNames id</source>
        <translation>Id. de GeoNames</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name in ASCII</source>
        <translation>Nombre en ASCII</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Longitude</source>
        <translation>Longitud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latitude</source>
        <translation>Latitud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Population</source>
        <translation>Población</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Origin</source>
        <translation>Origen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other names</source>
        <translation>Otros nombres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Web address</source>
        <translation>Dirección web</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First place</source>
        <translation>Primer lugar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Second place</source>
        <translation>Segundo lugar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Partnership</source>
        <translation>Asociación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postcard</source>
        <translation>Postal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received</source>
        <translation>Recibida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed</source>
        <translation>Cambiado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Data version</source>
        <translation>Versión de los datos</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>place</source>
        <translation>lugar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>source</source>
        <translation>fuente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>partnership</source>
        <translation>asociación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>event</source>
        <translation>acontecimiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>source of a partnership</source>
        <translation>fuente de una asociación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>source of an event</source>
        <translation>fuente de un acontecimiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>postcard</source>
        <translation>postal</translation>
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
        <translation>%1, acontecimiento del %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+2"/>
        <source>%1, source “%2”</source>
        <translation>%1, fuente «%2»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Postcard from %1 to %2</source>
        <translation>Postal de %1 a %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+14"/>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
</context>
<context>
    <name>twinatlas::TeamServer</name>
    <message>
        <location filename="../app/core/team/teamserver.cpp" line="+27"/>
        <source>Nothing was received; the local atlas is unchanged.</source>
        <translation>No se ha recibido nada; el atlas local no ha cambiado.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing was sent; your changes stay in this atlas and go with the next sync.</source>
        <translation>No se ha enviado nada; sus cambios se quedan en este atlas y saldrán con la próxima sincronización.</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>Qt&apos;s PostgreSQL driver is not installed (the Debian package libqt6sql6-psql); a team atlas cannot be reached without it.</source>
        <translation>El controlador PostgreSQL de Qt no está instalado (el paquete de Debian libqt6sql6-psql); sin él no se puede acceder a un atlas de equipo.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>The database %1 holds no team atlas. Its administrator sets one up with: twinatlas server init &apos;%2&apos;</source>
        <translation>La base de datos %1 no contiene ningún atlas de equipo. Su administrador configura uno con: twinatlas server init &apos;%2&apos;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The team atlas on %1 was set up by a newer Twinatlas (its schema is version %2; this Twinatlas knows up to version %3). Update Twinatlas to sync with it; nothing was sent or received.</source>
        <translation>El atlas de equipo en %1 lo configuró un Twinatlas más reciente (su esquema es la versión %2; este Twinatlas conoce hasta la versión %3). Actualice Twinatlas para sincronizar con él; no se ha enviado ni recibido nada.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The team atlas on %1 has schema version %2; this Twinatlas needs version %3. Its administrator upgrades it by starting this Twinatlas, or with: twinatlas server init &apos;%4&apos;</source>
        <translation>El atlas de equipo en %1 tiene la versión de esquema %2; este Twinatlas necesita la versión %3. Su administrador lo actualiza iniciando este Twinatlas, o con: twinatlas server init &apos;%4&apos;</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The team atlas on %1 could not be upgraded; it is as it was.</source>
        <translation>No se pudo actualizar el atlas de equipo en %1; sigue como estaba.</translation>
    </message>
</context>
<context>
    <name>twinatlas::TeamServerAddress</name>
    <message>
        <location filename="../app/core/team/teamserveraddress.cpp" line="+46"/>
        <source>“%1” is not a URL: %2</source>
        <translation>«%1» no es una URL: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” is not a PostgreSQL address; it starts with postgresql://.</source>
        <translation>«%1» no es una dirección de PostgreSQL; empieza por postgresql://.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The port “%1” is not a number from 1 to 65535.</source>
        <translation>El puerto «%1» no es un número de 1 a 65535.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>sslmode “%1” is not one of %2.</source>
        <translation>sslmode «%1» no es ninguno de %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The address option “%1” is not known; use host, port, dbname, user, sslmode or sslrootcert.</source>
        <translation>La opción de dirección «%1» no se conoce; use host, port, dbname, user, sslmode o sslrootcert.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The address names no server: give a host (postgresql://user@host/database) or a socket folder (?host=/run/postgresql).</source>
        <translation>La dirección no indica ningún servidor: dé un host (postgresql://usuario@host/base) o una carpeta de socket (?host=/run/postgresql).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The address names no database: postgresql://user@host/database.</source>
        <translation>La dirección no indica ninguna base de datos: postgresql://usuario@host/base.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The address names no user: postgresql://user@host/database.</source>
        <translation>La dirección no indica ningún usuario: postgresql://usuario@host/base.</translation>
    </message>
</context>
<context>
    <name>twinatlas::TeamSync</name>
    <message>
        <location filename="../app/core/team/teamsync.cpp" line="+195"/>
        <source>Your changes were sent, but this atlas could not note that they were. Nothing is lost: the next sync sorts it out.</source>
        <translation>Sus cambios se enviaron, pero este atlas no pudo anotarlo. No se pierde nada: la próxima sincronización lo pone en orden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The team&apos;s changes could not be written into this atlas; nothing was changed here. The next sync tries again.</source>
        <translation>No se pudieron escribir los cambios del equipo en este atlas; aquí no se ha cambiado nada. La próxima sincronización lo volverá a intentar.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This atlas is open read-only, so it cannot take the team&apos;s changes: sync from the Twinatlas window that has it open.</source>
        <translation>Este atlas está abierto en solo lectura, así que no puede recibir los cambios del equipo: sincronice desde la ventana de Twinatlas que lo tiene abierto.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>This atlas is kept with another team atlas (last synced with %1), not with %2. To sync it with %2, disconnect it from the other first; its rows and your changes stay.</source>
        <translation>Este atlas se mantiene con otro atlas de equipo (sincronizado por última vez con %1), no con %2. Para sincronizarlo con %2, desconéctelo antes del otro; sus filas y sus cambios se quedan.</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>The atlas changed during the sync.</source>
        <translation>El atlas cambió durante la sincronización.</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>The atlas kept changing during the sync; sync again.</source>
        <translation>El atlas no dejó de cambiar durante la sincronización; vuelva a sincronizar.</translation>
    </message>
    <message>
        <location line="+182"/>
        <source>The team&apos;s version cannot be taken: it refers to rows this atlas does not have, or rows here still need this one.</source>
        <translation>No se puede tomar la versión del equipo: remite a filas que este atlas no tiene, o filas de aquí aún necesitan esta.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The atlas changed meanwhile; choose again.</source>
        <translation>El atlas cambió mientras tanto; elija de nuevo.</translation>
    </message>
</context>
<context>
    <name>twinatlas::TeamSyncReport</name>
    <message numerus="yes">
        <location filename="../app/core/team/teamsyncreport.cpp" line="+24"/>
        <source>%Ln place(s)</source>
        <translation>
            <numerusform>%Ln lugar</numerusform>
            <numerusform>%Ln lugares</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln source(s)</source>
        <translation>
            <numerusform>%Ln fuente</numerusform>
            <numerusform>%Ln fuentes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln partnership(s)</source>
        <translation>
            <numerusform>%Ln asociación</numerusform>
            <numerusform>%Ln asociaciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln event(s)</source>
        <translation>
            <numerusform>%Ln acontecimiento</numerusform>
            <numerusform>%Ln acontecimientos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln cited source(s)</source>
        <translation>
            <numerusform>%Ln fuente citada</numerusform>
            <numerusform>%Ln fuentes citadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln postcard(s)</source>
        <translation>
            <numerusform>%Ln postal</numerusform>
            <numerusform>%Ln postales</numerusform>
        </translation>
    </message>
    <message>
        <location line="+34"/>
        <source>nothing new came in</source>
        <translation>no llegó nada nuevo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 came in</source>
        <translation>llegó: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln change(s) sent</source>
        <translation>
            <numerusform>%Ln cambio enviado</numerusform>
            <numerusform>%Ln cambios enviados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln change(s) wait for the next sync</source>
        <translation>
            <numerusform>%Ln cambio espera a la próxima sincronización</numerusform>
            <numerusform>%Ln cambios esperan a la próxima sincronización</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln team row(s) this atlas cannot take yet</source>
        <translation>
            <numerusform>%Ln fila del equipo que este atlas aún no puede tomar</numerusform>
            <numerusform>%Ln filas del equipo que este atlas aún no puede tomar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln conflict(s) to settle</source>
        <translation>
            <numerusform>%Ln conflicto por resolver</numerusform>
            <numerusform>%Ln conflictos por resolver</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>twinatlas::TextDecoder</name>
    <message>
        <location filename="../app/core/io/textdecoder.cpp" line="+63"/>
        <source>the line is longer than %1 characters; this is not a list of places</source>
        <translation>la línea tiene más de %1 caracteres; esto no es una lista de lugares</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>NUL byte: this is a binary file, or UTF-16 without a byte order mark</source>
        <translation>byte NUL: es un archivo binario, o UTF-16 sin marca de orden de bytes</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>the file ends inside a UTF-8 character: it is truncated</source>
        <translation>el archivo termina dentro de un carácter UTF-8: está truncado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>invalid UTF-8 (byte 0x%1)</source>
        <translation>UTF-8 no válido (byte 0x%1)</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>byte 0x%1 is neither UTF-8 nor a Windows-1252 character</source>
        <translation>el byte 0x%1 no es ni UTF-8 ni un carácter de Windows-1252</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>the file ends inside a UTF-16 character: it is truncated</source>
        <translation>el archivo termina dentro de un carácter UTF-16: está truncado</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>NUL character: this is a binary file</source>
        <translation>carácter NUL: es un archivo binario</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+9"/>
        <source>invalid UTF-16 (an unpaired surrogate)</source>
        <translation>UTF-16 no válido (un sustituto sin pareja)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>the file is larger than %1 MB; split it</source>
        <translation>el archivo ocupa más de %1 MB; divídelo</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>byte 0x%1 is not UTF-8, but the file is UTF-8 at line %2, column %3: it mixes two encodings; save it in one (UTF-8), or choose its encoding</source>
        <translation>el byte 0x%1 no es UTF-8, pero el archivo es UTF-8 en la línea %2, columna %3: mezcla dos codificaciones; guárdalo en una sola (UTF-8) o elige su codificación</translation>
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
        <translation>No hay eventos registrados para este hermanamiento.</translation>
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
        <translation>Fuente: %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&lt;a href=&quot;edit&quot;&gt;Edit&lt;/a&gt;</source>
        <translation>&lt;a href=&quot;edit&quot;&gt;Editar&lt;/a&gt;</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&lt;a href=&quot;remove&quot;&gt;Remove&lt;/a&gt;</source>
        <translation>&lt;a href=&quot;remove&quot;&gt;Eliminar&lt;/a&gt;</translation>
    </message>
</context>
<context>
    <name>twinatlas::UpgradeReport</name>
    <message>
        <location filename="../app/core/db/upgradereport.cpp" line="+25"/>
        <source>Your atlas could not be updated to the new data; it is as it was. %1</source>
        <translation>No se pudo actualizar tu atlas con los nuevos datos; sigue como estaba. %1</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n new partnership(s)</source>
        <translation>
            <numerusform>%n hermanamiento nuevo</numerusform>
            <numerusform>%n hermanamientos nuevos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n new place(s)</source>
        <translation>
            <numerusform>%n lugar nuevo</numerusform>
            <numerusform>%n lugares nuevos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n new event(s)</source>
        <translation>
            <numerusform>%n evento nuevo</numerusform>
            <numerusform>%n eventos nuevos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n corrected</source>
        <translation>
            <numerusform>%n corrección</numerusform>
            <numerusform>%n correcciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n removed</source>
        <translation>
            <numerusform>%n eliminado</numerusform>
            <numerusform>%n eliminados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The atlas data was updated to %1: %2; your %n edit(s) kept.</source>
        <translation>
            <numerusform>Los datos del atlas se actualizaron a %1: %2; se conserva %n cambio tuyo.</numerusform>
            <numerusform>Los datos del atlas se actualizaron a %1: %2; se conservan tus %n cambios.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The atlas data was updated to %1: %2.</source>
        <translation>Los datos del atlas se actualizaron a %1: %2.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n row(s) the new data drops are kept because your entries use them.</source>
        <translation>
            <numerusform>Se conserva %n fila que los nuevos datos eliminan porque tus entradas la usan.</numerusform>
            <numerusform>Se conservan %n filas que los nuevos datos eliminan porque tus entradas las usan.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A copy of your atlas from before is at %1.</source>
        <translation>Hay una copia de tu atlas anterior en %1.</translation>
    </message>
</context>
<context>
    <name>twinatlas::WhereCommand</name>
    <message>
        <location filename="../app/cli/wherecommand.cpp" line="+54"/>
        <source>Prints the place with partnerships nearest to a position: the last valid fix of an NMEA log, or a longitude and latitude. Then its partnerships, as query prints them.</source>
        <translation>Imprime el lugar con hermanamientos más cercano a una posición: la última posición válida de un registro NMEA, o una longitud y una latitud. Después, sus hermanamientos, tal como los imprime query.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>An NMEA log (a GPS receiver&apos;s sentences) whose last valid fix is the position.</source>
        <translation>Un registro NMEA (las sentencias de un receptor GPS) cuya última posición válida es la posición.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+6"/>
        <source>FILE</source>
        <translation>ARCHIVO</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>The longitude, in degrees east.</source>
        <translation>La longitud, en grados este.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>DEG</source>
        <translation>GRADOS</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>The latitude, in degrees north.</source>
        <translation>La latitud, en grados norte.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The atlas file to read.</source>
        <translation>El archivo de atlas que se leerá.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>unexpected argument “%1”</source>
        <translation>argumento inesperado “%1”</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>give either --nmea FILE or --lon DEG --lat DEG</source>
        <translation>indica --nmea ARCHIVO o --lon GRADOS --lat GRADOS</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 holds no valid position fix (%2).</source>
        <translation>%1 no contiene ninguna posición válida (%2).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: used the last valid fix, on line %2 (%3).</source>
        <translation>%1: se usó la última posición válida, en la línea %2 (%3).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>give both --lon and --lat</source>
        <translation>indica --lon y --lat</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--lon takes degrees from -180 to 180, not “%1”</source>
        <translation>--lon admite grados de -180 a 180, no “%1”</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--lat takes degrees from -90 to 90, not “%1”</source>
        <translation>--lat admite grados de -90 a 90, no “%1”</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the atlas holds no place with partnerships</source>
        <translation>el atlas no contiene ningún lugar con hermanamientos</translation>
    </message>
</context>
<context>
    <name>twinatlas::WikidataActions</name>
    <message>
        <location filename="../app/ui/wikidataactions.cpp" line="+28"/>
        <source>Get partnerships from &amp;Wikidata…</source>
        <translation>Obtener hermanamientos de &amp;Wikidata…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add the twinnings Wikidata records for the world, a country or the selected place</source>
        <translation>Añadir los hermanamientos que Wikidata recoge para el mundo, un país o el lugar elegido</translation>
    </message>
</context>
<context>
    <name>twinatlas::WikidataBatch</name>
    <message>
        <location filename="../app/core/wikidata/wikidatabatch.cpp" line="+100"/>
        <source>(more warnings left out)</source>
        <translation>(se omiten más avisos)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the answer has no “%1” column: it is not the answer to Twinatlas&apos;s query</source>
        <translation>la respuesta no tiene columna «%1»: no es la respuesta a la consulta de Twinatlas</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>row %1 of the answer is not a Wikidata statement on an item</source>
        <translation>la fila %1 de la respuesta no es una declaración de Wikidata sobre un elemento</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>row %1 of the answer: statement %2 is not on %3</source>
        <translation>fila %1 de la respuesta: la declaración %2 no está en %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>statement %1 names no item as twin; left out</source>
        <translation>la declaración %1 no nombra ningún elemento como ciudad hermana; se omite</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>statement %1 names its own item as twin; left out</source>
        <translation>la declaración %1 nombra su propio elemento como ciudad hermana; se omite</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>statement %1: the date “%2” (precision %3) is left out</source>
        <translation>declaración %1: se omite la fecha «%2» (precisión %3)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1: the coordinates “%2” are left out</source>
        <translation>%1: se omiten las coordenadas «%2»</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: the GeoNames ID “%2” is left out</source>
        <translation>%1: se omite el Id. de GeoNames «%2»</translation>
    </message>
</context>
<context>
    <name>twinatlas::WikidataCommand</name>
    <message>
        <location filename="../app/cli/wikidatacommand.cpp" line="+49"/>
        <source>Gets the twinnings (“twinned administrative body”, P190) of the world, a country or a place from Wikidata and adds them to the atlas in one step. Each place is resolved against the gazetteer; doubtful ones are left out and reported. Run again, it brings what changed since the last fetch; your own edits are kept.</source>
        <translation>Obtiene de Wikidata los hermanamientos (propiedad P190) del mundo, de un país o de un lugar y los añade al atlas en un solo paso. Cada lugar se busca en el nomenclátor; los dudosos se omiten y se informan. Si se ejecuta de nuevo, trae lo que cambió desde la última consulta; tus propias ediciones se conservan.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The whole world, country by country (the default).</source>
        <translation>El mundo entero, país por país (predeterminado).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One country, by its ISO 3166-1 code, e.g. DE or PL.</source>
        <translation>Un país, por su código ISO 3166-1, p. ej. DE o PL.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CODE</source>
        <translation>CÓDIGO</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One place of the atlas, by name.</source>
        <translation>Un lugar del atlas, por su nombre.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>NAME</source>
        <translation>NOMBRE</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The SPARQL endpoint over Wikidata (default: %1, or the one chosen in Preferences).</source>
        <translation>El punto de acceso SPARQL sobre Wikidata (predeterminado: %1, o el elegido en Preferencias).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The language of the place names kept from Wikidata&apos;s labels (default: the interface language).</source>
        <translation>El idioma de los nombres de lugar tomados de las etiquetas de Wikidata (predeterminado: el idioma de la interfaz).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>LANG</source>
        <translation>IDIOMA</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give up a request after this many seconds of silence (default: 120).</source>
        <translation>Abandonar una petición tras tantos segundos de silencio (predeterminado: 120).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SECONDS</source>
        <translation>SEGUNDOS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fetch, resolve and report; write nothing.</source>
        <translation>Obtener, resolver e informar; no escribir nada.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write every statement and what became of it as CSV.</source>
        <translation>Escribir cada declaración y qué fue de ella como CSV.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The atlas file to add to.</source>
        <translation>El archivo de atlas al que añadir.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>FILE</source>
        <translation>ARCHIVO</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>unexpected “%1”; name a country with --country, a place with --place.</source>
        <translation>«%1» inesperado; indica un país con --country, un lugar con --place.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>give one of --all, --country and --place.</source>
        <translation>indica solo una de --all, --country y --place.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--endpoint takes an http or https URL, such as %1.</source>
        <translation>--endpoint requiere una URL http o https, como %1.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--timeout takes seconds, from 1 to 3600.</source>
        <translation>--timeout requiere segundos, de 1 a 3600.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>no place is called “%1”.</source>
        <translation>ningún lugar se llama «%1».</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the atlas has no countries to ask for.</source>
        <translation>el atlas no tiene países por los que preguntar.</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%1 (%2 of %3): %n statements so far</source>
        <translation>
            <numerusform>%1 (%2 de %3): %n declaración hasta ahora</numerusform>
            <numerusform>%1 (%2 de %3): %n declaraciones hasta ahora</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%1; waiting %n seconds.</source>
        <translation>
            <numerusform>%1; esperando %n segundo.</numerusform>
            <numerusform>%1; esperando %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 Nothing was changed.</source>
        <translation>%1 No se cambió nada.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>cannot write the report %1: %2</source>
        <translation>no se puede escribir el informe %1: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Nothing was written: %1</source>
        <translation>No se escribió nada: %1</translation>
    </message>
</context>
<context>
    <name>twinatlas::WikidataDialog</name>
    <message>
        <location filename="../app/ui/wikidatadialog.cpp" line="+56"/>
        <source>Save &amp;report…</source>
        <translation>Guardar el &amp;informe…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Get</source>
        <translation>&amp;Obtener</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add to the atlas</source>
        <translation>&amp;Añadir al atlas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Get partnerships from Wikidata</source>
        <translation>Obtener hermanamientos de Wikidata</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Ask Wikidata now; nothing is added before you have seen what it brings</source>
        <translation>Consultar Wikidata ahora; no se añade nada antes de que veas lo que trae</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write what the review shows into the atlas, as one step that Undo takes back</source>
        <translation>Escribir en el atlas lo que muestra la revisión, en un solo paso que Deshacer revierte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save every statement and what became of it as CSV</source>
        <translation>Guardar cada declaración y qué fue de ella como CSV</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Save report</source>
        <translation>Guardar el informe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>wikidata-report.csv</source>
        <translation>informe-wikidata.csv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Report not saved</source>
        <translation>No se guardó el informe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Asking Wikidata for %1 (%2 of %3)…</source>
        <translation>Consultando Wikidata para %1 (%2 de %3)…</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n twinning statements so far</source>
        <translation>
            <numerusform>%n declaración de hermanamiento hasta ahora</numerusform>
            <numerusform>%n declaraciones de hermanamiento hasta ahora</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1; trying again in %n seconds.</source>
        <translation>
            <numerusform>%1; se reintenta en %n segundo.</numerusform>
            <numerusform>%1; se reintenta en %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Loading the gazetteer…</source>
        <translation>Cargando el nomenclátor…</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Finding %n places in the gazetteer…</source>
        <translation>
            <numerusform>Buscando %n lugar en el nomenclátor…</numerusform>
            <numerusform>Buscando %n lugares en el nomenclátor…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Get the twinnings recorded in Wikidata</source>
        <translation>Obtener los hermanamientos recogidos en Wikidata</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Wikidata, the free knowledge base anyone can edit, records most of the world&apos;s twinnings (“twinned administrative body”), with the start and end dates it knows. Twinatlas asks it for them, finds each town in its gazetteer and shows you what is new before anything is added. Asked again later, it brings what changed; your own edits are kept.</source>
        <translation>Wikidata, la base de conocimiento libre que cualquiera puede editar, recoge la mayoría de los hermanamientos del mundo (propiedad P190), con las fechas de inicio y fin que conoce. Twinatlas se los pide, busca cada ciudad en su nomenclátor y te muestra lo nuevo antes de añadir nada. Si vuelves a consultarla más tarde, trae lo que cambió; tus propias ediciones se conservan.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The whole &amp;world, country by country (a few minutes)</source>
        <translation>El &amp;mundo entero, país por país (unos minutos)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One &amp;country:</source>
        <translation>Un &amp;país:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The selected &amp;place (choose one on the map or in the list first)</source>
        <translation>El &amp;lugar elegido (elige primero uno en el mapa o en la lista)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The selected &amp;place: %1 (not in GeoNames, so not to be found in Wikidata by it; choose its country)</source>
        <translation>El &amp;lugar elegido: %1 (no está en GeoNames, así que no se encuentra por él en Wikidata; elige su país)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The selected &amp;place: %1</source>
        <translation>El &amp;lugar elegido: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Asks %1, the service set in Preferences.</source>
        <translation>Consulta %1, el servicio fijado en Preferencias.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Last fetched on %1: %2.</source>
        <translation>Última consulta el %1: %2.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Partnership</source>
        <translation>Hermanamiento</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Changes</source>
        <translation>Cambios</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+150"/>
        <source>Places</source>
        <translation>Lugares</translation>
    </message>
    <message>
        <location line="-90"/>
        <source>Asking Wikidata…</source>
        <translation>Consultando Wikidata…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cancelled; nothing was changed.</source>
        <translation>Cancelado; no se cambió nada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1
Nothing was changed.</source>
        <translation>%1
No se cambió nada.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>New</source>
        <translation>Nuevos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dates changed in Wikidata</source>
        <translation>Fechas cambiadas en Wikidata</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kept as in your atlas</source>
        <translation>Conservados como en tu atlas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No longer in Wikidata: tick those to remove</source>
        <translation>Ya no están en Wikidata: marca los que quieras eliminar</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tick to remove this partnership from the atlas</source>
        <translation>Marca para eliminar este hermanamiento del atlas</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… y %n más</numerusform>
            <numerusform>… y %n más</numerusform>
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
        <translation>Nada nuevo: el atlas ya tiene lo que recoge Wikidata.</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n new partnerships</source>
        <translation>
            <numerusform>%n hermanamiento nuevo</numerusform>
            <numerusform>%n hermanamientos nuevos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n confirmed</source>
        <translation>
            <numerusform>%n confirmado</numerusform>
            <numerusform>%n confirmados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n with changed dates</source>
        <translation>
            <numerusform>%n con fechas cambiadas</numerusform>
            <numerusform>%n con fechas cambiadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n kept as in your atlas</source>
        <translation>
            <numerusform>%n conservado como en tu atlas</numerusform>
            <numerusform>%n conservados como en tu atlas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n no longer in Wikidata</source>
        <translation>
            <numerusform>%n que ya no está en Wikidata</numerusform>
            <numerusform>%n que ya no están en Wikidata</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>From %n twinning statements: %1.</source>
        <translation>
            <numerusform>De %n declaración de hermanamiento: %1.</numerusform>
            <numerusform>De %n declaraciones de hermanamiento: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n places new to the atlas are added at Wikidata&apos;s coordinates.</source>
        <translation>
            <numerusform>%n lugar nuevo para el atlas se añade en las coordenadas de Wikidata.</numerusform>
            <numerusform>%n lugares nuevos para el atlas se añaden en las coordenadas de Wikidata.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n places could not be placed for sure: see Places; what you leave undecided is left out, and asked again next time.</source>
        <translation>
            <numerusform>%n lugar no se pudo situar con seguridad: ver Lugares; lo que dejes sin decidir se omite y se vuelve a preguntar la próxima vez.</numerusform>
            <numerusform>%n lugares no se pudieron situar con seguridad: ver Lugares; lo que dejes sin decidir se omite y se vuelve a preguntar la próxima vez.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Places (%n to decide)</source>
        <translation>
            <numerusform>Lugares (%n por decidir)</numerusform>
            <numerusform>Lugares (%n por decidir)</numerusform>
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
        <translation>No se añadió nada</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Wikidata has nothing new for the atlas.</source>
        <translation>Wikidata no tiene nada nuevo para el atlas.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Added %n partnerships from Wikidata</source>
        <translation>
            <numerusform>Se añadió %n hermanamiento de Wikidata</numerusform>
            <numerusform>Se añadieron %n hermanamientos de Wikidata</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 cannot be written: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>twinatlas::WikidataFetch</name>
    <message>
        <location filename="../app/core/wikidata/wikidatafetch.cpp" line="+129"/>
        <source>“%1” is not the http or https address of a SPARQL endpoint.</source>
        <translation>«%1» no es la dirección http o https de un punto de acceso SPARQL.</translation>
    </message>
    <message>
        <location line="+123"/>
        <source>The answer of %1 for %2 is larger than %3 MB; none of it is used.</source>
        <translation>La respuesta de %1 para %2 supera los %3 MB; no se usa nada de ella.</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%1 did not answer for %n seconds</source>
        <translation>
            <numerusform>%1 no respondió durante %n segundo</numerusform>
            <numerusform>%1 no respondió durante %n segundos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The connection to %1 broke off: %2</source>
        <translation>La conexión con %1 se cortó: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 could not be found: there is no network, or the address is wrong (%2).</source>
        <translation>No se encontró %1: no hay red o la dirección es errónea (%2).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The proxy %1 would not connect to %2: %3</source>
        <translation>El proxy %1 no quiso conectar con %2: %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 could not be reached: %2</source>
        <translation>No se pudo contactar con %1: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%1 is busy and asks to wait %n minutes; try again later.</source>
        <translation>
            <numerusform>%1 está ocupado y pide esperar %n minuto; inténtalo más tarde.</numerusform>
            <numerusform>%1 está ocupado y pide esperar %n minutos; inténtalo más tarde.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 asks for a pause (too many requests)</source>
        <translation>%1 pide una pausa (demasiadas peticiones)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is busy (service unavailable)</source>
        <translation>%1 está ocupado (servicio no disponible)</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+4"/>
        <source>%1 answered %2 %3 for %4: %5</source>
        <translation>%1 respondió %2 %3 para %4: %5</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 answered for %2 with %3, not with SPARQL results in JSON: %4</source>
        <translation>%1 respondió para %2 con %3, no con resultados SPARQL en JSON: %4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no content type</source>
        <translation>ningún tipo de contenido</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%1 (tried %n times).</source>
        <translation>
            <numerusform>%1 (%n intento).</numerusform>
            <numerusform>%1 (%n intentos).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+43"/>
        <source>The answer of %1 for %2 is broken: %3</source>
        <translation>La respuesta de %1 para %2 está dañada: %3</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The fetch was cancelled; nothing was changed.</source>
        <translation>Se canceló la consulta; no se cambió nada.</translation>
    </message>
</context>
<context>
    <name>twinatlas::WikidataRunner</name>
    <message>
        <location filename="../app/ui/wikidatarunner.cpp" line="+82"/>
        <location line="+21"/>
        <source>The fetch was cancelled; nothing was changed.</source>
        <translation>Se canceló la consulta; no se cambió nada.</translation>
    </message>
</context>
<context>
    <name>twinatlas::WikidataScope</name>
    <message>
        <location filename="../app/core/wikidata/wikidatascope.cpp" line="+84"/>
        <source>the whole world</source>
        <translation>el mundo entero</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>“%1” is not an ISO 3166-1 country code such as DE or PL.</source>
        <translation>«%1» no es un código de país ISO 3166-1 como DE o PL.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 has no GeoNames ID to find it in Wikidata by; get its country instead.</source>
        <translation>%1 no tiene Id. de GeoNames con el que encontrarlo en Wikidata; obtén su país en su lugar.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+10"/>
        <source>The atlas could not be read: it %1</source>
        <translation>No se pudo leer el atlas: %1</translation>
    </message>
</context>
<context>
    <name>twinatlas::WikidataUpdate</name>
    <message>
        <location filename="../app/core/wikidata/wikidataupdate.cpp" line="+72"/>
        <source>no dates</source>
        <translation>sin fechas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>since %1</source>
        <translation>desde %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>until %1</source>
        <translation>hasta %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 to %2</source>
        <translation>de %1 a %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The atlas could not be read: it %1</source>
        <translation>No se pudo leer el atlas: %1</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>The atlas could not be read: partnership %1 vanished.</source>
        <translation>No se pudo leer el atlas: el hermanamiento %1 desapareció.</translation>
    </message>
    <message>
        <location line="+137"/>
        <source>Wikidata: %1 (%2), twinned administrative body %3 (%4)</source>
        <translation>Wikidata: %1 (%2), hermanada con %3 (%4)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The fetch was cancelled; nothing was changed.</source>
        <translation>Se canceló la consulta; no se cambió nada.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the place of Wikidata&apos;s %1 at an earlier fetch</source>
        <translation>el lugar del elemento %1 de Wikidata en una consulta anterior</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>You removed this partnership; Wikidata still lists it. It stays removed.</source>
        <translation>Eliminaste este hermanamiento; Wikidata aún lo recoge. Sigue eliminado.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the atlas&apos;s start date, %1 (Wikidata now says %2)</source>
        <translation>la fecha de inicio del atlas, %1 (Wikidata dice ahora %2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the atlas&apos;s end date, %1 (Wikidata now says %2)</source>
        <translation>la fecha de fin del atlas, %1 (Wikidata dice ahora %2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the atlas&apos;s dates, which Wikidata&apos;s new ones (%1) contradict</source>
        <translation>las fechas del atlas, que las nuevas de Wikidata (%1) contradicen</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1, was %2</source>
        <translation>%1, antes %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Kept: %1.</source>
        <translation>Se conserva: %1.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Wikidata no longer lists this twinning.</source>
        <translation>Wikidata ya no recoge este hermanamiento.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wikidata no longer lists this twinning (not found since %1).</source>
        <translation>Wikidata ya no recoge este hermanamiento (no aparece desde el %1).</translation>
    </message>
</context>
<context>
    <name>twinatlas::WriteSession</name>
    <message>
        <location filename="../app/core/edit/writesession.cpp" line="+79"/>
        <source>The change could not be saved: %1</source>
        <translation>No se pudo guardar el cambio: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1: refers to a row that no earlier step of this change adds.</source>
        <translation>%1: se refiere a una fila que ningún paso anterior de este cambio añade.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The placeholder id %1 is used for two new rows.</source>
        <translation>El id. provisional %1 se usa para dos filas nuevas.</translation>
    </message>
    <message>
        <location line="+120"/>
        <location line="+76"/>
        <source>The change could not be saved: the atlas %1.</source>
        <translation>No se pudo guardar el cambio: el atlas %1.</translation>
    </message>
    <message>
        <location line="-71"/>
        <source>The search index could not be updated: %1</source>
        <translation>No se pudo actualizar el índice de búsqueda: %1</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>There is no place %1 to change.</source>
        <translation>No existe el lugar %1 que se quiere cambiar.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>An alternate name is changed by removing it and adding the new one.</source>
        <translation>Un nombre alternativo se cambia eliminándolo y añadiendo el nuevo.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The place has no alternate name “%1”.</source>
        <translation>El lugar no tiene el nombre alternativo “%1”.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>There is no partnership %1 to remove.</source>
        <translation>No existe el hermanamiento %1 que se quiere eliminar.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>There is no partnership %1 to change.</source>
        <translation>No existe el hermanamiento %1 que se quiere cambiar.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>There is no event %1 to remove.</source>
        <translation>No existe el evento %1 que se quiere eliminar.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>There is no event %1 to change.</source>
        <translation>No existe el evento %1 que se quiere cambiar.</translation>
    </message>
    <message>
        <location line="+52"/>
        <location line="+52"/>
        <location line="+29"/>
        <source>There is no source %1.</source>
        <translation>No existe la fuente %1.</translation>
    </message>
    <message>
        <location line="-37"/>
        <location line="+29"/>
        <source>A cited source is changed by removing it and adding another.</source>
        <translation>Una fuente citada se cambia eliminándola y añadiendo otra.</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>There is no partnership %1.</source>
        <translation>No existe el hermanamiento %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The partnership already cites this source.</source>
        <translation>El hermanamiento ya cita esta fuente.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The partnership does not cite this source.</source>
        <translation>El hermanamiento no cita esta fuente.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>There is no event %1.</source>
        <translation>No existe el evento %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The event already cites this source.</source>
        <translation>El evento ya cita esta fuente.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The event does not cite this source.</source>
        <translation>El evento no cita esta fuente.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+7"/>
        <source>The partner is not on the checklist.</source>
        <translation>La ciudad hermanada no está en la lista.</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>The partner is already on the checklist.</source>
        <translation>La ciudad hermanada ya está en la lista.</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+6"/>
        <source>The place has no name in “%1”.</source>
        <translation>El lugar no tiene nombre en «%1».</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>The place already has a name in “%1”.</source>
        <translation>El lugar ya tiene nombre en «%1».</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A place&apos;s name cannot be empty.</source>
        <translation>El nombre de un lugar no puede estar vacío.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This row is already there.</source>
        <translation>Esta fila ya existe.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no row to change.</source>
        <translation>No hay ninguna fila que cambiar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no row to remove.</source>
        <translation>No hay ninguna fila que eliminar.</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+4"/>
        <source>There is no tombstone for %1.</source>
        <translation>No hay ninguna marca de borrado para %1.</translation>
    </message>
</context>
</TS>
