<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="tr_TR">
<context>
    <name>AboutBox</name>
    <message>
        <location filename="../app/ui/aboutbox.cpp" line="+19"/>
        <source>&lt;h3&gt;Twinatlas %1&lt;/h3&gt;&lt;p&gt;A desktop atlas of sister cities and twin towns.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Twinatlas %1&lt;/h3&gt;&lt;p&gt;Kardeş şehirlerin masaüstü atlası.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&lt;p&gt;Bundled data version %1: %2, %3, %4 and %5.</source>
        <translation>&lt;p&gt;Birlikte gelen veri sürümü %1: %2, %3, %4 ve %5.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln places</source>
        <translation>
            <numerusform>%Ln yer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln partnerships</source>
        <translation>
            <numerusform>%Ln ortaklık</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln events</source>
        <translation>
            <numerusform>%Ln olay</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln sources</source>
        <translation>
            <numerusform>%Ln kaynak</numerusform>
        </translation>
    </message>
    <message>
        <location line="-8"/>
        <location line="+10"/>
        <source>&lt;p&gt;The bundled data cannot be read: %1</source>
        <translation>&lt;p&gt;Birlikte gelen veriler okunamıyor: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your atlas: data version %1.</source>
        <translation>Atlasınız: veri sürümü %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;p&gt;Twinatlas is free software under the &lt;a href=&quot;https://www.gnu.org/licenses/gpl-3.0.html&quot;&gt;GNU General Public License, version 3 or later&lt;/a&gt;.&lt;/p&gt;&lt;p&gt;Places and their names: &lt;a href=&quot;https://www.geonames.org/&quot;&gt;GeoNames&lt;/a&gt;, licensed under &lt;a href=&quot;https://creativecommons.org/licenses/by/4.0/&quot;&gt;CC BY 4.0&lt;/a&gt;.&lt;br&gt;Land and borders: &lt;a href=&quot;https://www.naturalearthdata.com/&quot;&gt;Natural Earth&lt;/a&gt;, in the public domain.&lt;br&gt;Partnerships: collected by hand from the sources the detail pane lists for each.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Twinatlas, &lt;a href=&quot;https://www.gnu.org/licenses/gpl-3.0.html&quot;&gt;GNU Genel Kamu Lisansı, sürüm 3 veya sonrası&lt;/a&gt; altında özgür bir yazılımdır.&lt;/p&gt;&lt;p&gt;Yerler ve adları: &lt;a href=&quot;https://www.geonames.org/&quot;&gt;GeoNames&lt;/a&gt;, &lt;a href=&quot;https://creativecommons.org/licenses/by/4.0/&quot;&gt;CC BY 4.0&lt;/a&gt; lisanslı.&lt;br&gt;Kara ve sınırlar: &lt;a href=&quot;https://www.naturalearthdata.com/&quot;&gt;Natural Earth&lt;/a&gt;, kamu malı.&lt;br&gt;Ortaklıklar: ayrıntı panelinde her biri için listelenen kaynaklardan elle derlendi.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&lt;p&gt;Built with &lt;a href=&quot;https://www.qt.io/&quot;&gt;Qt&lt;/a&gt; %1, used under the &lt;a href=&quot;https://www.gnu.org/licenses/lgpl-3.0.html&quot;&gt;GNU Lesser General Public License, version 3&lt;/a&gt; (Help ▸ About Qt); &lt;a href=&quot;https://geographiclib.sourceforge.io/&quot;&gt;GeographicLib&lt;/a&gt; (MIT licence) for distances; country names from &lt;a href=&quot;https://salsa.debian.org/iso-codes-team/iso-codes&quot;&gt;iso-codes&lt;/a&gt; (LGPL 2.1 or later).&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;a href=&quot;https://www.qt.io/&quot;&gt;Qt&lt;/a&gt; %1 ile yapıldı; Qt, &lt;a href=&quot;https://www.gnu.org/licenses/lgpl-3.0.html&quot;&gt;GNU Kısıtlı Genel Kamu Lisansı, sürüm 3&lt;/a&gt; altında kullanılır (Yardım ▸ Qt Hakkında); uzaklıklar için &lt;a href=&quot;https://geographiclib.sourceforge.io/&quot;&gt;GeographicLib&lt;/a&gt; (MIT lisansı); ülke adları &lt;a href=&quot;https://salsa.debian.org/iso-codes-team/iso-codes&quot;&gt;iso-codes&lt;/a&gt; projesinden (LGPL 2.1 veya sonrası).&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>About Twinatlas</source>
        <translation>Twinatlas Hakkında</translation>
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
        <translation>%1 okunamıyor: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+52"/>
        <source>%n non-empty lines</source>
        <translation>
            <numerusform>%n boş olmayan satır</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n NMEA sentences read</source>
        <translation>
            <numerusform>%n NMEA cümlesi okundu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n valid fixes</source>
        <translation>
            <numerusform>%n geçerli konum</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n lines skipped as garbled or with a wrong checksum</source>
        <translation>
            <numerusform>bozuk olduğu ya da sağlama toplamı yanlış olduğu için atlanan %n satır</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PartnershipText</name>
    <message>
        <location filename="../app/models/partnershiptext.cpp" line="+13"/>
        <source>Twin town</source>
        <translation>Kardeş şehir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sister city</source>
        <translation>Kardeş kent</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Partner town</source>
        <translation>Ortak şehir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Friendship city</source>
        <translation>Dostluk şehri</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cooperation agreement</source>
        <translation>İşbirliği anlaşması</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Active</source>
        <translation>Etkin</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+15"/>
        <source>Suspended</source>
        <translation>Askıya alındı</translation>
    </message>
    <message>
        <location line="-13"/>
        <location line="+17"/>
        <source>Ended</source>
        <translation>Sona erdi</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Proposed</source>
        <translation>Önerildi</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Signed</source>
        <translation>İmzalandı</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Renewed</source>
        <translation>Yenilendi</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Resumed</source>
        <translation>Yeniden başladı</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delegation</source>
        <translation>Heyet ziyareti</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exchange</source>
        <translation>Değişim</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Anniversary</source>
        <translation>Yıl dönümü</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note</source>
        <translation>Not</translation>
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
        <translation>%1 tarihinden beri</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>from %1</source>
        <translation>%1 tarihinden itibaren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>until %1</source>
        <translation>%1 tarihine kadar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1° N</source>
        <translation>%1° K</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1° S</source>
        <translation>%1° G</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1° E</source>
        <translation>%1° D</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1° W</source>
        <translation>%1° B</translation>
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
        <translation>Eşdikdörtgen</translation>
    </message>
    <message>
        <location filename="../app/core/geo/orthographicprojection.cpp" line="+29"/>
        <source>Globe (orthographic)</source>
        <translation>Küre (ortografik)</translation>
    </message>
    <message>
        <location filename="../app/core/geo/azimuthalequidistantprojection.cpp" line="+30"/>
        <source>Azimuthal equidistant</source>
        <translation>Azimutal eşit uzaklıklı</translation>
    </message>
</context>
<context>
    <name>SourceLinks</name>
    <message>
        <location filename="../app/ui/sourcelinks.cpp" line="+30"/>
        <source>%1, retrieved %2</source>
        <extracomment>A web source and the day it was read: &quot;Wikidata: Toruń …, retrieved 2 May 2026&quot;.</extracomment>
        <translation>%1, %2 tarihinde erişildi</translation>
    </message>
</context>
<context>
    <name>StartupUpgrade</name>
    <message>
        <location filename="../app/ui/startupupgrade.cpp" line="+24"/>
        <source>Bringing the new atlas data into your atlas…</source>
        <translation>Yeni atlas verileri atlasınıza aktarılıyor…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Twinatlas</source>
        <translation>Twinatlas</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The atlas data was not updated</source>
        <translation>Atlas verileri güncellenmedi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Atlas data</source>
        <translation>Atlas verileri</translation>
    </message>
</context>
<context>
    <name>twinatlas::AddEventCommand</name>
    <message>
        <location filename="../app/commands/addeventcommand.cpp" line="+11"/>
        <source>Add event to %1</source>
        <translation>%1 ortaklığına olay ekle</translation>
    </message>
</context>
<context>
    <name>twinatlas::AddPartnershipCommand</name>
    <message>
        <location filename="../app/commands/addpartnershipcommand.cpp" line="+11"/>
        <source>Add partnership %1</source>
        <translation>%1 ortaklığını ekle</translation>
    </message>
</context>
<context>
    <name>twinatlas::AddPlaceCommand</name>
    <message>
        <location filename="../app/commands/addplacecommand.cpp" line="+7"/>
        <source>Add place %1</source>
        <translation>%1 yerini ekle</translation>
    </message>
</context>
<context>
    <name>twinatlas::Application</name>
    <message>
        <location filename="../app/ui/application.cpp" line="+68"/>
        <source>--select: no place is called “%1”.</source>
        <translation>--select: “%1” adında bir yer yok.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>--partner: %1 has no partner called “%2”.</source>
        <translation>--partner: %1 için “%2” adında bir ortak yok.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Open this atlas file instead of your own copy.</source>
        <translation>Kendi kopyanız yerine bu atlas dosyasını aç.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>FILE</source>
        <extracomment>The value of --database in --help: a file name.</extracomment>
        <translation>DOSYA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start with this place selected (for screenshots).</source>
        <translation>Bu yer seçili olarak başla (ekran görüntüleri için).</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+3"/>
        <source>NAME</source>
        <extracomment>The value of --select and --partner in --help: a place name.</extracomment>
        <translation>AD</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>With --select, also show the history of the partnership with this partner.</source>
        <translation>--select ile birlikte, bu ortakla olan ortaklığın geçmişini de göster.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A desktop atlas of sister cities and twin towns.
Without options, opens your own copy of the atlas.
Commands (each with --help):</source>
        <translation>Kardeş şehirlerin masaüstü atlası.
Seçenek verilmezse atlasın kendi kopyanızı açar.
Komutlar (her biri --help ile):</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>unknown option “%1”.</source>
        <translation>bilinmeyen seçenek “%1”.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unexpected argument “%1”.</source>
        <translation>beklenmeyen bağımsız değişken “%1”.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The commands are:</source>
        <translation>Komutlar şunlardır:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>twinatlas --help lists the options of the atlas window.</source>
        <translation>twinatlas --help atlas penceresinin seçeneklerini listeler.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>%1 was not opened.</source>
        <translation>%1 açılmadı.</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Cannot set up your atlas</source>
        <translation>Atlasınız hazırlanamıyor</translation>
    </message>
</context>
<context>
    <name>twinatlas::AtlasBackup</name>
    <message>
        <location filename="../app/core/db/atlasbackup.cpp" line="+44"/>
        <source>Cannot create the folder %1.</source>
        <translation>%1 klasörü oluşturulamıyor.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>it cannot be moved into place</source>
        <translation>yerine taşınamıyor</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the atlas to be copied is corrupt: %1</source>
        <translation>kopyalanacak atlas bozuk: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot write the copy %1: %2</source>
        <translation>%1 kopyası yazılamıyor: %2</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>No atlas is open.</source>
        <translation>Açık atlas yok.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A backup cannot replace the atlas itself.</source>
        <translation>Bir yedek, atlasın kendisinin yerine geçemez.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 okunamıyor: %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The atlas is not open for changes, so it cannot be restored.</source>
        <translation>Atlas değişikliğe açık değil, bu yüzden geri yüklenemez.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+7"/>
        <location line="+5"/>
        <source>%1 cannot be restored: %2</source>
        <translation>%1 geri yüklenemiyor: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The atlas as it is could not be kept before the restore, so nothing was changed: %1</source>
        <translation>Geri yüklemeden önce atlasın şimdiki hâli saklanamadı, bu yüzden hiçbir şey değiştirilmedi: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The restore failed, and the atlas is as it was: %1</source>
        <translation>Geri yükleme başarısız oldu; atlas olduğu gibi duruyor: %1</translation>
    </message>
</context>
<context>
    <name>twinatlas::AtlasCheck</name>
    <message>
        <location filename="../app/core/db/atlascheck.cpp" line="+52"/>
        <location line="+51"/>
        <location line="+12"/>
        <source>SQLite stopped checking: %1</source>
        <translation>SQLite denetimi durdurdu: %1</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>table %1: %2</source>
        <translation>%1 tablosu: %2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>table %1: row %2 refers to a row of %3 that is not there</source>
        <translation>%1 tablosu: %2. satır, %3 tablosunda olmayan bir satıra başvuruyor</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>table meta: the atlas does not say which data it holds (data_version)</source>
        <translation>meta tablosu: atlas hangi verileri içerdiğini belirtmiyor (data_version)</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>table search_keys: %n place(s) cannot be found by name</source>
        <translation>
            <numerusform>search_keys tablosu: %n yer adıyla bulunamıyor</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>table checklist: %n postcard(s) of places that are not there</source>
        <translation>
            <numerusform>checklist tablosu: olmayan yerlere ait %n kartpostal</numerusform>
        </translation>
    </message>
    <message>
        <location line="+33"/>
        <source>the atlas&apos;s own rules</source>
        <translation>atlasın kendi kuralları</translation>
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
        <translation>%1 atlas dosyası yok.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The atlas file %1 cannot be read: %2</source>
        <translation>%1 atlas dosyası okunamıyor: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it is a folder</source>
        <translation>bu bir klasör</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is not an atlas: it is not an SQLite database.</source>
        <translation>%1 bir atlas değil: SQLite veritabanı değil.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is not an atlas: it is an SQLite database of another program.</source>
        <translation>%1 bir atlas değil: başka bir programın SQLite veritabanı.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The atlas file %1 was made by a newer Twinatlas (schema %2; this program understands up to %3). Update Twinatlas to open it.</source>
        <translation>%1 atlas dosyası daha yeni bir Twinatlas ile oluşturulmuş (şema %2; bu program en fazla %3 şemasını anlar). Açmak için Twinatlas&apos;ı güncelleyin.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>%1 is not an atlas: its tables are missing (%2).</source>
        <translation>%1 bir atlas değil: tabloları eksik (%2).</translation>
    </message>
    <message>
        <location line="-173"/>
        <location line="+5"/>
        <source>the disk that holds it is read-only</source>
        <translation>bulunduğu disk salt okunur</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>the file is read-only (%1)</source>
        <translation>dosya salt okunur (%1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>its folder %1 is read-only (%2), and SQLite writes its journal there</source>
        <translation>klasörü %1 salt okunur (%2) ve SQLite günlüğünü oraya yazar</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the disk that holds it is full</source>
        <translation>bulunduğu disk dolu</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>The atlas file %1 is damaged: its size does not match its page size (it may have been cut short).</source>
        <translation>Atlas dosyası %1 hasarlı: boyutu sayfa boyutuyla uyuşmuyor (kesilmiş olabilir).</translation>
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
        <translation>Atlas dosyası %1 değiştirilemiyor: %2.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>The atlas file %1 cannot be read: its latest changes are in %2, which SQLite reads only where it may write beside the atlas, and %3.</source>
        <translation>Atlas dosyası %1 okunamıyor: son değişiklikleri %2 içinde; SQLite bunu yalnızca atlasın yanına yazabildiği yerde okur ve %3.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The atlas file %1 is of an older schema (%2) and was opened read-only, so it cannot be upgraded.</source>
        <translation>%1 atlas dosyası daha eski bir şemada (%2) ve salt okunur açıldı, bu yüzden yükseltilemez.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The atlas file %1 could not be upgraded: %2</source>
        <translation>%1 atlas dosyası yükseltilemedi: %2</translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+14"/>
        <source>The atlas is open read-only, so edits are off: %1.</source>
        <translation>Atlas salt okunur açık, bu yüzden düzenleme kapalı: %1.</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Another Twinatlas (process %1 on %2) is using this atlas, so it is open read-only here: you can look, but not change anything until the other window is closed.</source>
        <translation>Başka bir Twinatlas (süreç %1, bilgisayar: %2) bu atlası kullanıyor, bu yüzden atlas burada salt okunur açık: diğer pencere kapanana kadar bakabilir, ama hiçbir şeyi değiştiremezsiniz.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>this computer</source>
        <translation>bu bilgisayar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The atlas is open read-only: its lock file %1 cannot be written.</source>
        <translation>Atlas salt okunur açık: %1 kilit dosyası yazılamıyor.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cannot create the atlas %1: the file exists.</source>
        <translation>%1 atlası oluşturulamıyor: dosya zaten var.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot create the atlas %1: %2</source>
        <translation>%1 atlası oluşturulamıyor: %2</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The atlas file %1 is damaged: %2</source>
        <translation>Atlas dosyası %1 hasarlı: %2</translation>
    </message>
</context>
<context>
    <name>twinatlas::AtlasEditing</name>
    <message>
        <location filename="../app/ui/atlasediting.cpp" line="+53"/>
        <source>Editing</source>
        <translation>Düzenleme</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The atlas as opened</source>
        <translation>Atlasın açıldığı hâli</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Add partnership…</source>
        <translation>Ortaklık ekle…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correct…</source>
        <translation>Düzelt…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add event…</source>
        <translation>Olay ekle…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit…</source>
        <translation>Düzenle…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Durum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Kaldır</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot undo or redo</source>
        <translation>Geri alınamıyor ya da yinelenemiyor</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Postcards</source>
        <translation>Kartpostallar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo history</source>
        <translation>Geri alma geçmişi</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>P&amp;ostcards</source>
        <translation>&amp;Kartpostallar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Undo history</source>
        <translation>&amp;Geri alma geçmişi</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Read-only</source>
        <translation>Salt okunur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This atlas can be read but not changed now.</source>
        <translation>Bu atlas şu anda okunabilir ama değiştirilemez.</translation>
    </message>
</context>
<context>
    <name>twinatlas::AtlasEdits</name>
    <message>
        <location filename="../app/commands/atlasedits.cpp" line="+147"/>
        <source>&amp;Undo</source>
        <translation>&amp;Geri al</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Redo</source>
        <translation>&amp;Yinele</translation>
    </message>
</context>
<context>
    <name>twinatlas::AtlasHealth</name>
    <message>
        <location filename="../app/ui/atlashealth.cpp" line="+83"/>
        <source>The atlas file %1 is damaged: SQLite&apos;s check found %2</source>
        <translation>Atlas dosyası %1 hasarlı: SQLite denetimi şunu buldu: %2</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The atlas is damaged</source>
        <translation>Atlas hasarlı</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The atlas could not be read</source>
        <translation>Atlas okunamadı</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your atlas is damaged: what the window shows may be incomplete, and edits are off so that nothing is written onto the damaged pages.</source>
        <translation>Atlasınız hasarlı: pencerede görünenler eksik olabilir; hasarlı sayfalara bir şey yazılmasın diye düzenleme kapalı.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A part of the atlas could not be read: what the window shows may be incomplete.</source>
        <translation>Atlasın bir bölümü okunamadı: pencerede görünenler eksik olabilir.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose a &amp;way out…</source>
        <translation>Bir ç&amp;ıkış yolu seç…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close the window and restore a backup, start again from the bundled atlas or open another file</source>
        <translation>Pencereyi kapatıp bir yedeği geri yükle, birlikte gelen atlasla yeniden başla ya da başka bir dosya aç</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Keep looking</source>
        <translation>&amp;Bakmaya devam et</translation>
    </message>
</context>
<context>
    <name>twinatlas::AtlasLocation</name>
    <message>
        <location filename="../app/core/db/atlaslocation.cpp" line="+63"/>
        <source>The bundled atlas %1 is missing; reinstall Twinatlas.</source>
        <translation>Birlikte gelen %1 atlası eksik; Twinatlas&apos;ı yeniden kurun.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot create the folder %1 for your atlas.</source>
        <translation>Atlasınız için %1 klasörü oluşturulamıyor.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot copy the bundled atlas to %1: %2</source>
        <translation>Birlikte gelen atlas %1 konumuna kopyalanamıyor: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot move your new atlas into place at %1.</source>
        <translation>Yeni atlasınız %1 konumuna taşınamıyor.</translation>
    </message>
</context>
<context>
    <name>twinatlas::AtlasMerge</name>
    <message>
        <location filename="../app/core/db/atlasmerge.cpp" line="+45"/>
        <source>the atlas %1 (in: %2)</source>
        <translation>atlas %1 (şurada: %2)</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>The search index could not be read.</source>
        <translation>Arama dizini okunamadı.</translation>
    </message>
    <message>
        <location line="+383"/>
        <source>The partnership %1 is kept: your events belong to it.</source>
        <translation>%1 ortaklığı korunuyor: sizin olaylarınız ona ait.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1 (%2) is kept: your partnerships or checklist use it.</source>
        <translation>%1 (%2) korunuyor: ortaklıklarınız ya da kartpostal listeniz onu kullanıyor.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The source “%1” is kept: your entries cite it.</source>
        <translation>“%1” kaynağı korunuyor: kayıtlarınız ona atıf yapıyor.</translation>
    </message>
</context>
<context>
    <name>twinatlas::AtlasRescue</name>
    <message>
        <location filename="../app/core/db/atlasrescue.cpp" line="+37"/>
        <source>The new atlas cannot be moved into place at %1.</source>
        <translation>Yeni atlas %1 konumuna taşınamıyor.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>%1 cannot be set aside as %2; nothing was changed.</source>
        <translation>%1, %2 olarak kenara alınamıyor; hiçbir şey değiştirilmedi.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The backup %1 cannot be restored: %2</source>
        <translation>Yedek %1 geri yüklenemiyor: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The bundled atlas %1 cannot be copied to %2: %3</source>
        <translation>Birlikte gelen atlas %1, %2 konumuna kopyalanamıyor: %3</translation>
    </message>
</context>
<context>
    <name>twinatlas::AtlasRescueDialog</name>
    <message>
        <location filename="../app/ui/atlasrescuedialog.cpp" line="+38"/>
        <source>Open an atlas</source>
        <translation>Bir atlas aç</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Atlas files (*.sqlite);;All files (*)</source>
        <translation>Atlas dosyaları (*.sqlite);;Tüm dosyalar (*)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot open the atlas</source>
        <translation>Atlas açılamıyor</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Your atlas cannot be opened.</source>
        <translation>Atlasınız açılamıyor.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The atlas cannot be opened.</source>
        <translation>Atlas açılamıyor.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Nothing has been changed or deleted. How do you want to go on?</source>
        <translation>Hiçbir şey değiştirilmedi ya da silinmedi. Nasıl devam etmek istersiniz?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Restore a backup</source>
        <translation>Bir yedeği geri yükle</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Restore this backup</source>
        <translation>Bu yedeği &amp;geri yükle</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There are no backups of this atlas.</source>
        <translation>Bu atlasın yedeği yok.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Start again from the bundled atlas</source>
        <translation>Birlikte gelen atlasla &amp;yeniden başla</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start again</source>
        <translation>Yeniden başla</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A new copy of the atlas that came with Twinatlas. The file that failed is kept beside it as %1.broken-DATE, with your changes in it.</source>
        <translation>Twinatlas ile gelen atlasın yeni bir kopyası. Açılamayan dosya, değişikliklerinizle birlikte yanında %1.broken-TARİH olarak saklanır.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Open another file…</source>
        <translation>Başka bir dosya &amp;aç…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>Çı&amp;kış</translation>
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
        <translation>sizin kaydettiğiniz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>kept before a restore</source>
        <translation>bir geri yüklemeden önce saklanan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>kept before the update to the data of %1</source>
        <translation>%1 verilerine güncellemeden önce saklanan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>kept before its format was upgraded</source>
        <translation>biçimi yükseltilmeden önce saklanan</translation>
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
        <translation>Salt okunur</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Damaged: read-only</source>
        <translation>Hasarlı: salt okunur</translation>
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
            <numerusform>Yerler: %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Partnerships: %Ln</source>
        <comment>shown on the map</comment>
        <translation>
            <numerusform>Ortaklıklar: %Ln</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>twinatlas::AtlasUpgrader</name>
    <message>
        <location filename="../app/core/db/atlasupgrader.cpp" line="+109"/>
        <source>The atlas was not updated to the new data: %1</source>
        <translation>Atlas yeni verilerle güncellenmedi: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cannot read the new data %1: it %2.</source>
        <translation>Yeni veriler %1 okunamıyor: dosya %2.</translation>
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
        <translation>Açık atlas yok.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The atlas is open read-only; it cannot be changed.</source>
        <translation>Atlas salt okunur açık; değiştirilemez.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The atlas cannot be changed now: it %1.</source>
        <translation>Atlas şu anda değiştirilemiyor: %1.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The change could not be saved: the atlas %1.</source>
        <translation>Değişiklik kaydedilemedi: atlas %1.</translation>
    </message>
</context>
<context>
    <name>twinatlas::Attribution</name>
    <message numerus="yes">
        <location filename="../app/core/export/attribution.cpp" line="+111"/>
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 ve %n tane daha</numerusform>
        </translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Twinatlas bundled data</source>
        <translation>Twinatlas ile gelen veriler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Map data: Natural Earth. Places: GeoNames (CC BY 4.0). Partnerships: %1.</source>
        <translation>Harita verileri: Natural Earth. Yerler: GeoNames (CC BY 4.0). Ortaklıklar: %1.</translation>
    </message>
</context>
<context>
    <name>twinatlas::BackupActions</name>
    <message>
        <location filename="../app/ui/backupactions.cpp" line="+23"/>
        <source>Restore</source>
        <translation>Geri yükle</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Back up atlas…</source>
        <translation>Atlası &amp;yedekle…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Restore from backup…</source>
        <translation>Yedekten &amp;geri yükle…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save a copy of the atlas with all your changes</source>
        <translation>Atlasın tüm değişikliklerinizi içeren bir kopyasını kaydet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replace the atlas with a copy saved earlier</source>
        <translation>Atlası daha önce kaydedilmiş bir kopyayla değiştir</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Back up atlas</source>
        <translation>Atlası yedekle</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+11"/>
        <source>Atlas files (*.sqlite)</source>
        <translation>Atlas dosyaları (*.sqlite)</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Cannot back up the atlas</source>
        <translation>Atlas yedeklenemiyor</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+10"/>
        <source>Restore from backup</source>
        <translation>Yedekten geri yükle</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Replace the atlas with the backup “%1” of %2? Everything changed since then is replaced, and the undo history is cleared. A copy of the atlas as it is now is kept first.</source>
        <translation>Atlas, “%1” yedeğiyle (%2) değiştirilsin mi? O zamandan beri değişen her şey yedektekiyle değiştirilir ve geri alma geçmişi silinir. Önce atlasın şimdiki hâlinin bir kopyası saklanır.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot restore the atlas</source>
        <translation>Atlas geri yüklenemiyor</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Atlas restored</source>
        <translation>Atlas geri yüklendi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The atlas is as it was in the backup. The atlas as it was before is kept in %1.</source>
        <translation>Atlas, yedekteki hâline döndü. Atlasın önceki hâli %1 konumunda saklanıyor.</translation>
    </message>
</context>
<context>
    <name>twinatlas::BaseMap</name>
    <message>
        <location filename="../app/core/render/basemap.cpp" line="+71"/>
        <source>The base map %1 does not exist.</source>
        <translation>%1 taban haritası yok.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+50"/>
        <source>Cannot open the base map %1: %2</source>
        <translation>%1 taban haritası açılamıyor: %2</translation>
    </message>
    <message>
        <location line="-42"/>
        <location line="+53"/>
        <location line="+14"/>
        <source>The base map %1 cannot be read: it %2.</source>
        <translation>Temel harita %1 okunamıyor: dosya %2.</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>%1 is not a Twinatlas base map: %2</source>
        <translation>%1 bir Twinatlas taban haritası değil: %2</translation>
    </message>
</context>
<context>
    <name>twinatlas::CheckCommand</name>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="+31"/>
        <source>Checks the atlas without changing it: every page and index (SQLite&apos;s integrity_check), the references between rows (foreign_key_check) and the atlas&apos;s own rules. Prints each problem; exits 0 when there is none, 2 when the atlas is damaged or cannot be read.</source>
        <translation>Atlası değiştirmeden denetler: her sayfayı ve dizini (SQLite integrity_check), satırlar arasındaki başvuruları (foreign_key_check) ve atlasın kendi kurallarını. Her sorunu yazar; sorun yoksa 0, atlas hasarlıysa ya da okunamıyorsa 2 ile çıkar.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The atlas file to check.</source>
        <translation>Denetlenecek atlas dosyası.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FILE</source>
        <translation>DOSYA</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>unexpected argument “%1”.</source>
        <translation>beklenmeyen bağımsız değişken “%1”.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: no problems found (%2).</source>
        <translation>%1: sorun bulunmadı (%2).</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>The atlas file %1 is damaged: %n problem(s), listed above.</source>
        <translation>
            <numerusform>Atlas dosyası %1 hasarlı: %n sorun, yukarıda listelendi.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>twinatlas::ChecklistCsvWriter</name>
    <message>
        <location filename="../app/core/edit/checklistcsvwriter.cpp" line="+27"/>
        <source>Received</source>
        <translation>Geldi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wanted</source>
        <translation>Aranıyor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not yet</source>
        <translation>Henüz değil</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Place</source>
        <translation>Yer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Partner</source>
        <translation>Ortak</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Country</source>
        <translation>Ülke</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Card</source>
        <translation>Kart</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received on</source>
        <translation>Geliş tarihi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>Not</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Partner id</source>
        <translation>Ortak kimliği</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 yazılamıyor: %2</translation>
    </message>
</context>
<context>
    <name>twinatlas::ChecklistEntryCommand</name>
    <message>
        <location filename="../app/commands/checklistentrycommand.cpp" line="+24"/>
        <source>Card from %1 received</source>
        <translation>%1 kartpostalı geldi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Card from %1 wanted</source>
        <translation>%1 kartpostalı aranıyor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Card from %1 not yet collected</source>
        <translation>%1 kartpostalı henüz toplanmadı</translation>
    </message>
</context>
<context>
    <name>twinatlas::ChecklistModel</name>
    <message>
        <location filename="../app/models/checklistmodel.cpp" line="+39"/>
        <source>Received</source>
        <translation>Geldi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wanted</source>
        <translation>Aranıyor</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not yet</source>
        <translation>Henüz değil</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Partner</source>
        <translation>Ortak</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Country</source>
        <translation>Ülke</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Card</source>
        <extracomment>Column of the postcard checklist: whether the postcard from this partner came.</extracomment>
        <translation>Kart</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Received on</source>
        <translation>Geliş tarihi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note</source>
        <translation>Not</translation>
    </message>
</context>
<context>
    <name>twinatlas::ChecklistPane</name>
    <message>
        <location filename="../app/ui/checklistpane.cpp" line="+61"/>
        <source>&amp;Received</source>
        <translation>&amp;Geldi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Wanted</source>
        <translation>&amp;Aranıyor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Not yet</source>
        <translation>&amp;Henüz değil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export as CSV…</source>
        <translation>CSV olarak &amp;dışa aktar…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a place to keep a checklist of postcards from its partner towns.</source>
        <translation>Kardeş şehirlerinden gelen kartpostalların listesini tutmak için bir yer seçin.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The sender, what the card shows</source>
        <translation>Gönderen, kartta ne olduğu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The card from this partner has come, on the date given</source>
        <translation>Bu ortaktan gelen kart, verilen tarihte ulaştı</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Received &amp;on:</source>
        <translation>Geliş &amp;tarihi:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;ote:</source>
        <translation>N&amp;ot:</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>%1 has no partners to collect cards from yet.</source>
        <translation>%1 için henüz kartpostal toplanacak ortak yok.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postcards from the partners of %1</source>
        <translation>Kardeş şehirlerden kartpostallar: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 of %n twins</source>
        <comment>cards received, of all partners</comment>
        <translation>
            <numerusform>%1 / %n kardeş şehir</numerusform>
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
            <numerusform>%n aranıyor</numerusform>
        </translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Cannot change the checklist</source>
        <translation>Liste değiştirilemiyor</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Postcards of %1.csv</source>
        <translation>%1 kartpostalları.csv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the checklist</source>
        <translation>Listeyi dışa aktar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV dosyaları (*.csv)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot export the checklist</source>
        <translation>Liste dışa aktarılamıyor</translation>
    </message>
</context>
<context>
    <name>twinatlas::CityListPane</name>
    <message>
        <location filename="../app/ui/citylistpane.cpp" line="+74"/>
        <source>Find a place</source>
        <translation>Yer bul</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Search all places (Ctrl+F)</source>
        <translation>Tüm yerlerde ara (Ctrl+F)</translation>
    </message>
    <message numerus="yes">
        <location line="+148"/>
        <source>Places with partners: %Ln</source>
        <translation>
            <numerusform>Ortağı olan yerler: %Ln</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No place is called “%1”.</source>
        <translation>“%1” adında bir yer yok.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The first %n matches; type more to narrow them down.</source>
        <translation>
            <numerusform>İlk %n eşleşme; daraltmak için yazmaya devam edin.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Matches: %n</source>
        <translation>
            <numerusform>Eşleşmeler: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>twinatlas::ColumnMapping</name>
    <message>
        <location filename="../app/core/io/columnmapping.cpp" line="+236"/>
        <source>No column holds the place: map one column to “place”.</source>
        <translation>Hiçbir sütunda yer yok: bir sütunu “place” alanına eşleyin.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No column holds the partner: map one column to “partner”, or to “partners” when one cell lists all the twins of the place.</source>
        <translation>Hiçbir sütunda ortak yok: bir sütunu “partner” alanına ya da bir hücre yerin tüm kardeş şehirlerini listeliyorsa “partners” alanına eşleyin.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A latitude column needs its longitude column, and the other way round.</source>
        <translation>Enlem sütunu bir boylam sütunu gerektirir; tersi de geçerlidir.</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>unknown field “%1” in the column mapping; fields are: %2</source>
        <translation>sütun eşlemesinde bilinmeyen alan “%1”; alanlar: %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>no column “%1” for %2; the columns are: %3</source>
        <translation>%2 için “%1” sütunu yok; sütunlar: %3</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>(ignore)</source>
        <translation>(yok say)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place</source>
        <translation>Yer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place: country</source>
        <translation>Yer: ülke</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place: region</source>
        <translation>Yer: bölge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place: latitude</source>
        <translation>Yer: enlem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place: longitude</source>
        <translation>Yer: boylam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place: coordinates</source>
        <translation>Yer: koordinatlar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place: GeoNames id</source>
        <translation>Yer: GeoNames kimliği</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partner</source>
        <translation>Ortak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partner: country</source>
        <translation>Ortak: ülke</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partner: region</source>
        <translation>Ortak: bölge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partner: latitude</source>
        <translation>Ortak: enlem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partner: longitude</source>
        <translation>Ortak: boylam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partner: coordinates</source>
        <translation>Ortak: koordinatlar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partner: GeoNames id</source>
        <translation>Ortak: GeoNames kimliği</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partners (a list in one cell)</source>
        <translation>Ortaklar (tek hücrede bir liste)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start</source>
        <translation>Başlangıç</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End</source>
        <translation>Bitiş</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Tür</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Durum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Not</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Kaynak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source URL</source>
        <translation>Kaynak URL&apos;si</translation>
    </message>
</context>
<context>
    <name>twinatlas::CommandLine</name>
    <message>
        <location filename="../app/cli/commandline.cpp" line="+36"/>
        <source>a place&apos;s partnerships, or the atlas&apos;s figures</source>
        <translation>bir yerin kardeşlikleri ya da atlasın sayıları</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the place nearest to a position or a GPS log</source>
        <translation>bir konuma ya da GPS kaydına en yakın yer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a map as PNG, SVG or PDF</source>
        <translation>PNG, SVG ya da PDF olarak bir harita</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the partnerships as CSV, GeoJSON or KML</source>
        <translation>CSV, GeoJSON ya da KML olarak kardeşlikler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>partnerships from a list into the atlas</source>
        <translation>bir listedeki kardeşlikleri atlasa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the atlas file checked for damage, page by page</source>
        <translation>atlas dosyası sayfa sayfa hasara karşı denetlenir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>partnerships from Wikidata, and what changed there</source>
        <translation>Wikidata’dan ortaklıklar ve orada nelerin değiştiği</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a team atlas on a PostgreSQL server set up, and its members</source>
        <translation>bir PostgreSQL sunucusunda ekip atlası kurulumu ve üyeleri</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this atlas and a team atlas brought level</source>
        <translation>bu atlas ile ekip atlasını eşitler</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>twinatlas: unknown command “%1”. The commands are:</source>
        <translation>twinatlas: bilinmeyen komut “%1”. Komutlar şunlardır:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Each command says more with --help; twinatlas without a command opens the atlas window.</source>
        <translation>Her komut --help ile daha fazlasını söyler; komutsuz twinatlas atlas penceresini açar.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>the atlas is read-only.</source>
        <translation>atlas salt okunur.</translation>
    </message>
</context>
<context>
    <name>twinatlas::DateField</name>
    <message>
        <location filename="../app/ui/datefield.cpp" line="+17"/>
        <source>YYYY, YYYY-MM or YYYY-MM-DD</source>
        <translation>YYYY, YYYY-AA veya YYYY-AA-GG</translation>
    </message>
</context>
<context>
    <name>twinatlas::DetailPane</name>
    <message>
        <location filename="../app/ui/detailpane.cpp" line="+125"/>
        <source>Partners</source>
        <translation>Ortaklar</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Choose a partner to see the history of the partnership.</source>
        <translation>Ortaklığın geçmişini görmek için bir ortak seçin.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Sources</source>
        <translation>Kaynaklar</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>This place is not in the atlas.</source>
        <translation>Bu yer atlasta yok.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Also called %1</source>
        <comment>the place&apos;s other name: Galway is also called Gaillimh</comment>
        <translation>Diğer adı: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Also written %1</source>
        <translation>Başka yazılışları: %1</translation>
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
        <translation>Nüfus %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Population unknown</source>
        <translation>Nüfus bilinmiyor</translation>
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
        <translation>Atlasta ortağı yok</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Partners (%n)</source>
        <translation>
            <numerusform>Ortaklar (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+11"/>
        <source>History</source>
        <translation>Geçmiş</translation>
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
        <translation>Wikidata bu kardeş şehir ilişkisini artık listelemiyor (%1 tarihinde fark edildi). Sona erdiyse düzenleyin ya da kaldırın.</translation>
    </message>
</context>
<context>
    <name>twinatlas::DetailStartPage</name>
    <message>
        <location filename="../app/ui/detailstartpage.cpp" line="+34"/>
        <source>Type a town’s name in the Places list, in any spelling or language.</source>
        <translation>Yerler listesine bir şehrin adını yazın; herhangi bir yazımla ya da dilde.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find a town</source>
        <translation>Şehir bul</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The atlas comes with a few towns’ partnerships. Wikidata knows those of thousands more, all over the world.</source>
        <translation>Atlas birkaç şehrin kardeşlik ilişkileriyle gelir. Wikidata dünyanın her yerinden binlerce şehrinkini bilir.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Get partnerships from Wikidata…</source>
        <translation>Kardeşlikleri Wikidata’dan al…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>See a town’s partners</source>
        <translation>Bir şehrin kardeş şehirlerini görün</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Or click a dot on the map: each dot is a town with partners, each line a partnership. Hover over one to see its name.</source>
        <translation>Ya da haritada bir noktaya tıklayın: her nokta kardeş şehirleri olan bir şehir, her çizgi bir kardeşliktir. Adını görmek için üzerine gelin.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Its partners and the history of each partnership appear here.</source>
        <translation>Kardeş şehirleri ve her kardeşliğin tarihi burada görünür.</translation>
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
        <translation>&amp;Ortaklık ekle…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add partnership</source>
        <translation>Ortaklık ekle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a partnership between two places (Ctrl+Shift+N)</source>
        <translation>İki yer arasında ortaklık ekle (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit partnership…</source>
        <translation>Ortaklığı &amp;düzenle…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;nd partnership…</source>
        <translation>Ortaklığı &amp;sona erdir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Suspend partnership…</source>
        <translation>Ortaklığı &amp;askıya al…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Res&amp;ume partnership…</source>
        <translation>Ortaklığı yeniden &amp;başlat…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rene&amp;w partnership…</source>
        <translation>Ortaklığı ye&amp;nile…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Status</source>
        <translation>Durum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>End, suspend, resume or renew the partnership; the event is added to its history</source>
        <translation>Ortaklığı sona erdir, askıya al, yeniden başlat ya da yenile; olay ortaklığın geçmişine eklenir</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Remove partnership</source>
        <translation>Ortaklığı &amp;kaldır</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add e&amp;vent…</source>
        <translation>Olay &amp;ekle…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a signing, a delegation, an exchange or another event to the history of the partnership</source>
        <translation>Ortaklığın geçmişine bir imza, heyet ziyareti, değişim ya da başka bir olay ekle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add &amp;place…</source>
        <translation>Ye&amp;r ekle…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a place the gazetteer lacks, such as a district or a village</source>
        <translation>Yer adları dizininde olmayan bir yer ekle; örneğin bir ilçe ya da köy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add place</source>
        <translation>Yer ekle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correct place…</source>
        <translation>Yeri düzelt…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correct the place&apos;s name, country or position</source>
        <translation>Yerin adını, ülkesini ya da konumunu düzelt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove place</source>
        <translation>Yeri kaldır</translation>
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
        <translation>Ortaklık kaldırılamıyor</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Cannot remove the event</source>
        <translation>Olay kaldırılamıyor</translation>
    </message>
    <message numerus="yes">
        <location line="+90"/>
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 ve %n tane daha</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Removing %1 also removes its partnerships with %2, and their history. Remove the place and these partnerships?</source>
        <translation>%1 kaldırılırsa %2 ile olan ortaklıkları ve bunların geçmişi de kaldırılır. Yer ve bu ortaklıklar kaldırılsın mı?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove %1</source>
        <translation>Kaldır: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot remove the place</source>
        <translation>Yer kaldırılamıyor</translation>
    </message>
</context>
<context>
    <name>twinatlas::EditEventCommand</name>
    <message>
        <location filename="../app/commands/editeventcommand.cpp" line="+11"/>
        <source>Edit event of %1</source>
        <translation>%1 ortaklığının olayını düzenle</translation>
    </message>
</context>
<context>
    <name>twinatlas::EditPartnershipCommand</name>
    <message>
        <location filename="../app/commands/editpartnershipcommand.cpp" line="+11"/>
        <source>Edit partnership %1</source>
        <translation>%1 ortaklığını düzenle</translation>
    </message>
</context>
<context>
    <name>twinatlas::EditPlaceCommand</name>
    <message>
        <location filename="../app/commands/editplacecommand.cpp" line="+7"/>
        <source>Edit place %1</source>
        <translation>%1 yerini düzenle</translation>
    </message>
</context>
<context>
    <name>twinatlas::EditValidator</name>
    <message>
        <location filename="../app/core/edit/editvalidator.cpp" line="+54"/>
        <source>%1: “%2” is not one of %3.</source>
        <translation>%1: “%2”, şunlardan biri değil: %3.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The atlas could not be read to check this change: the atlas %1.</source>
        <translation>Bu değişikliği denetlemek için atlas okunamadı: atlas %1.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Identifier</source>
        <translation>Tanımlayıcı</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>GeoNames id</source>
        <translation>GeoNames kimliği</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name in Latin letters</source>
        <translation>Latin harfleriyle ad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>Ülke</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region</source>
        <translation>Bölge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Longitude</source>
        <translation>Boylam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latitude</source>
        <translation>Enlem</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Population</source>
        <translation>Nüfus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Tür</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Not</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Kaynak</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+16"/>
        <source>Place</source>
        <translation>Yer</translation>
    </message>
    <message>
        <location line="-15"/>
        <location line="+17"/>
        <source>Partner</source>
        <translation>Ortak</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Status</source>
        <translation>Durum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start date</source>
        <translation>Başlangıç tarihi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End date</source>
        <translation>Bitiş tarihi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Partnership</source>
        <translation>Ortaklık</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event</source>
        <translation>Olay</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Tarih</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Tür</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Description</source>
        <translation>Açıklama</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Başlık</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Web address</source>
        <translation>Web adresi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document</source>
        <translation>Belge</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Card</source>
        <translation>Kart</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Received on</source>
        <translation>Geliş tarihi</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: a date is needed (YYYY, YYYY-MM or YYYY-MM-DD).</source>
        <translation>%1: bir tarih gerekli (YYYY, YYYY-AA veya YYYY-AA-GG).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: “%2” is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD.</source>
        <translation>%1: “%2”, YYYY, YYYY-AA veya YYYY-AA-GG biçiminde bir tarih değil.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: “%2” has no month %3.</source>
        <translation>%1: “%2” tarihinde %3 numaralı ay yok.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: “%2” is not a day of the calendar.</source>
        <translation>%1: “%2” takvimde olan bir gün değil.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: %2 is before the start date %3.</source>
        <translation>%1: %2, %3 başlangıç tarihinden önce.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: %2 is outside −180 to 180 degrees.</source>
        <translation>%1: %2, −180 ile 180 derece aralığının dışında.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: %2 is outside −90 to 90 degrees.</source>
        <translation>%1: %2, −90 ile 90 derece aralığının dışında.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: “%2” is not an http or https address.</source>
        <translation>%1: “%2” bir http veya https adresi değil.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: give an http or https address, or the name of a document.</source>
        <translation>%1: bir http veya https adresi ya da bir belgenin adını girin.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1: a place needs a name.</source>
        <translation>%1: bir yerin adı olmalı.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: “%2” is not a two-letter country code such as DE.</source>
        <translation>%1: “%2”, TR gibi iki harfli bir ülke kodu değil.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: cannot be negative.</source>
        <translation>%1: negatif olamaz.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: must be a positive number.</source>
        <translation>%1: pozitif bir sayı olmalı.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: %2 is already the place %3.</source>
        <translation>%1: %2 zaten %3 yerine ait.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: “%2” is already used by another place.</source>
        <translation>%1: “%2” zaten başka bir yer tarafından kullanılıyor.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: there is no source %2.</source>
        <translation>%1: %2 diye bir kaynak yok.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: an alternate name cannot be empty.</source>
        <translation>%1: alternatif ad boş olamaz.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+21"/>
        <source>%1: there is no place %2.</source>
        <translation>%1: %2 diye bir yer yok.</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>%1: %2 already has the name “%3”.</source>
        <translation>%1: %2 zaten “%3” adına sahip.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1: a place cannot be partnered with itself.</source>
        <translation>%1: bir yer kendisiyle ortak olamaz.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1: %2 and %3 already have a partnership of the kind “%4”.</source>
        <translation>%1: %2 ile %3 arasında zaten “%4” türünde bir ortaklık var.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: there is no partnership %2.</source>
        <translation>%1: %2 diye bir ortaklık yok.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: a source needs a title.</source>
        <translation>%1: bir kaynağın başlığı olmalı.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: “%2” is already used by another source.</source>
        <translation>%1: “%2” zaten başka bir kaynak tarafından kullanılıyor.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: there is no place “%2”.</source>
        <translation>%1: “%2” diye bir yer yok.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: a place is not its own partner.</source>
        <translation>%1: bir yer kendi ortağı olamaz.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: only a card that has been received has a date.</source>
        <translation>%1: yalnızca gelmiş bir kartın tarihi olur.</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%1 cannot be removed while %n partnership(s) refer to it; remove them first.</source>
        <translation>
            <numerusform>%1, ona bağlı %n ortaklık olduğu sürece kaldırılamaz; önce onları kaldırın.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>The source “%1” cannot be removed while %n row(s) cite it.</source>
        <translation>
            <numerusform>“%1” kaynağı, ona atıf yapan %n satır olduğu sürece kaldırılamaz.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>twinatlas::EventDialog</name>
    <message>
        <location filename="../app/ui/eventdialog.cpp" line="+38"/>
        <source>Add event</source>
        <translation>Olay ekle</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>What happened, who took part</source>
        <translation>Ne oldu, kimler katıldı</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Type:</source>
        <translation>&amp;Tür:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Date:</source>
        <translation>T&amp;arih:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;escription:</source>
        <translation>A&amp;çıklama:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sources:</source>
        <translation>Kaynaklar:</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Edit event</source>
        <translation>Olayı düzenle</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>End partnership</source>
        <translation>Ortaklığı sona erdir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Suspend partnership</source>
        <translation>Ortaklığı askıya al</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resume partnership</source>
        <translation>Ortaklığı yeniden başlat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Renew partnership</source>
        <translation>Ortaklığı yenile</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Date: the partnership began in %1; it cannot end before.</source>
        <translation>Tarih: ortaklık %1 tarihinde başladı; bundan önce sona eremez.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type: choose one.</source>
        <translation>Tür: birini seçin.</translation>
    </message>
</context>
<context>
    <name>twinatlas::ExportChoices</name>
    <message>
        <location filename="../app/ui/exportchoices.cpp" line="+95"/>
        <source>%1 and its partner towns</source>
        <comment>title of an exported map</comment>
        <translation>%1 ve kardeş şehirleri</translation>
    </message>
</context>
<context>
    <name>twinatlas::ExportCommand</name>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="+74"/>
        <source>Writes a map of the atlas, or of one place&apos;s partnerships, as PNG, SVG or PDF, and prints the path of the file written.</source>
        <translation>Atlasın ya da bir yerin ortaklıklarının haritasını PNG, SVG veya PDF olarak yazar ve yazılan dosyanın yolunu yazdırır.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file to write: .png, .svg or .pdf.</source>
        <translation>Yazılacak dosya: .png, .svg veya .pdf.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+37"/>
        <source>FILE</source>
        <translation>DOSYA</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>The place whose partnerships to show (a name or a uid such as gn:2934246).</source>
        <translation>Ortaklıkları gösterilecek yer (bir ad ya da gn:2934246 gibi bir uid).</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+29"/>
        <source>NAME</source>
        <translation>AD</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>world, view (the map window&apos;s last view) or fit (the place and its partners). Default: fit with --place, else world.</source>
        <translation>world, view (harita penceresinin son görünümü) ya da fit (yer ve ortakları). Varsayılan: --place ile fit, aksi hâlde world.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>EXTENT</source>
        <translation>KAPSAM</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>WIDTHxHEIGHT in pixels, newsletter (1200x800, the default) or social (1200x630).</source>
        <translation>Piksel cinsinden WIDTHxHEIGHT, newsletter (1200x800, varsayılan) ya da social (1200x630).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SIZE</source>
        <translation>BOYUT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a4 or a3, instead of --size.</source>
        <translation>--size yerine a4 ya da a3.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PAPER</source>
        <translation>KÂĞIT</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>landscape (default) or portrait, with --paper.</source>
        <translation>--paper ile birlikte landscape (varsayılan) ya da portrait.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ORIENTATION</source>
        <translation>YÖN</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resolution, 36 to 1200: 96 for pixel sizes and 300 for paper unless given.</source>
        <translation>Çözünürlük, 36 ile 1200 arası: belirtilmezse piksel boyutları için 96, kâğıt için 300.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A title above the map.</source>
        <translation>Haritanın üstünde bir başlık.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TITLE</source>
        <translation>BAŞLIK</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A line under the title.</source>
        <translation>Başlığın altında bir satır.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>TEXT</source>
        <translation>METİN</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>light (default), dark or print.</source>
        <translation>light (varsayılan), dark ya da print.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>THEME</source>
        <translation>TEMA</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One of: %1.</source>
        <translation>Şunlardan biri: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Leave the background unpainted (PNG, SVG).</source>
        <translation>Arka planı boyamadan bırak (PNG, SVG).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The atlas file to read.</source>
        <translation>Okunacak atlas dosyası.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>unexpected argument %1; give the place with --place.</source>
        <translation>beklenmeyen bağımsız değişken %1; yeri --place ile verin.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>give the file to write with --out FILE.png, .svg or .pdf.</source>
        <translation>yazılacak dosyayı --out DOSYA.png, .svg veya .pdf ile verin.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot tell the format of %1: the name must end in .png, .svg or .pdf.</source>
        <translation>%1 dosyasının biçimi anlaşılamıyor: ad .png, .svg veya .pdf ile bitmeli.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--dpi must be a whole number from %1 to %2, not %3.</source>
        <translation>--dpi, %1 ile %2 arasında bir tam sayı olmalı, %3 değil.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--size and --paper contradict each other; give one of them.</source>
        <translation>--size ve --paper birbiriyle çelişiyor; yalnızca birini verin.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--orientation goes with --paper; for pixels give --size WIDTHxHEIGHT.</source>
        <translation>--orientation, --paper ile kullanılır; piksel için --size WIDTHxHEIGHT verin.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unknown paper %1; use a4 or a3.</source>
        <translation>bilinmeyen kâğıt %1; a4 ya da a3 kullanın.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown orientation %1; use landscape or portrait.</source>
        <translation>bilinmeyen yönlendirme %1; landscape ya da portrait kullanın.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>bad --size %1: give WIDTHxHEIGHT in pixels, each from %2 to %3, or newsletter or social.</source>
        <translation>hatalı --size %1: her biri %2 ile %3 arasında olmak üzere piksel cinsinden WIDTHxHEIGHT ya da newsletter veya social verin.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 is %2 × %3 pixels, more than a PNG can be made of here; lower --dpi.</source>
        <translation>%1, %2 × %3 piksel; bu, burada bir PNG&apos;nin alabileceğinden fazla; --dpi değerini düşürün.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>unknown theme %1; use %2.</source>
        <translation>bilinmeyen tema %1; şunlardan birini kullanın: %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unknown projection %1; use one of: %2.</source>
        <translation>bilinmeyen izdüşüm %1; şunlardan birini kullanın: %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--place needs a name.</source>
        <translation>--place bir ad gerektirir.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>unknown extent %1; use world, view or fit.</source>
        <translation>bilinmeyen kapsam %1; world, view ya da fit kullanın.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--extent fit needs --place: fit which place&apos;s partnerships?</source>
        <translation>--extent fit, --place gerektirir: hangi yerin ortaklıkları sığdırılsın?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--projection cannot be combined with --extent view, which keeps the projection of the saved view.</source>
        <translation>--projection, kaydedilmiş görünümün izdüşümünü koruyan --extent view ile birlikte kullanılamaz.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--transparent needs a PNG or SVG file; a PDF page is always paper.</source>
        <translation>--transparent bir PNG ya da SVG dosyası gerektirir; PDF sayfası her zaman kâğıttır.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no map view has been saved yet (open the atlas window once), or it is unreadable in %1; use --extent world or fit.</source>
        <translation>henüz kaydedilmiş bir harita görünümü yok (atlas penceresini bir kez açın) ya da %1 içinde okunamıyor; --extent world ya da fit kullanın.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>no place is called %1.</source>
        <translation>%1 adında bir yer yok.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no place is called %1. Closest matches: %2.</source>
        <translation>%1 adında bir yer yok. En yakın eşleşmeler: %2.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Partnerships of %1, %2</source>
        <translation>Ortaklıklar: %1, %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Twin towns and sister cities of the world</source>
        <translation>Dünyanın kardeş şehirleri</translation>
    </message>
</context>
<context>
    <name>twinatlas::ExportDataCommand</name>
    <message>
        <location filename="../app/cli/exportdatacommand.cpp" line="+42"/>
        <source>Writes the partnerships as CSV (which `import` reads back), GeoJSON or KML, and prints the path written.</source>
        <translation>Ortaklıkları CSV (`import` geri okuyabilir), GeoJSON ya da KML olarak yazar ve yazılan yolu yazdırır.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>csv, geojson or kml.</source>
        <translation>csv, geojson ya da kml.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FORMAT</source>
        <translation>BİÇİM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file to write.</source>
        <translation>Yazılacak dosya.</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+5"/>
        <source>FILE</source>
        <translation>DOSYA</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Only this place&apos;s partnerships (a name or a uid such as gn:2934246).</source>
        <translation>Yalnızca bu yerin ortaklıkları (bir ad ya da gn:2934246 gibi bir uid).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NAME</source>
        <translation>AD</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The atlas file to read.</source>
        <translation>Okunacak atlas dosyası.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>unexpected argument “%1”.</source>
        <translation>beklenmeyen bağımsız değişken “%1”.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>give the file to write with --out FILE.</source>
        <translation>yazılacak dosyayı --out DOSYA ile verin.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unknown format “%1”; use csv, geojson or kml.</source>
        <translation>bilinmeyen biçim “%1”; csv, geojson ya da kml kullanın.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Twin towns and sister cities</source>
        <translation>Kardeş şehirler</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>no place is called “%1”.</source>
        <translation>“%1” adında bir yer yok.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no place is called “%1”. Closest matches: %2.</source>
        <translation>“%1” adında bir yer yok. En yakın eşleşmeler: %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Partnerships of %1</source>
        <translation>Ortaklıklar: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>cannot write %1: %2</source>
        <translation>%1 yazılamıyor: %2</translation>
    </message>
</context>
<context>
    <name>twinatlas::ExportDialog</name>
    <message>
        <location filename="../app/ui/exportdialog.cpp" line="+40"/>
        <source>PNG image (*.png)</source>
        <translation>PNG resmi (*.png)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG çizimi (*.svg)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF document (*.pdf)</source>
        <translation>PDF belgesi (*.pdf)</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Gözat…</translation>
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
        <translation>Şe&amp;ffaf arka plan</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+210"/>
        <location line="+45"/>
        <location line="+26"/>
        <source>Export map</source>
        <translation>Haritayı dışa aktar</translation>
    </message>
    <message>
        <location line="-254"/>
        <source>PNG image</source>
        <translation>PNG resmi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SVG drawing</source>
        <translation>SVG çizimi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF document</source>
        <translation>PDF belgesi</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The current view</source>
        <translation>Geçerli görünüm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The whole world</source>
        <translation>Tüm dünya</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 and its partners</source>
        <translation>%1 ve ortakları</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The selected place and its partners</source>
        <translation>Seçili yer ve ortakları</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No title</source>
        <translation>Başlık yok</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No subtitle</source>
        <translation>Alt başlık yok</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As on screen (%1)</source>
        <translation>Ekrandaki gibi (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print: white paper, strong lines</source>
        <translation>Baskı: beyaz kâğıt, belirgin çizgiler</translation>
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
        <translation>Do&amp;sya:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>F&amp;ormat:</source>
        <translation>&amp;Biçim:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Size:</source>
        <translation>B&amp;oyut:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Area:</source>
        <translation>A&amp;lan:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;itle:</source>
        <translation>Başlı&amp;k:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;ubtitle:</source>
        <translation>&amp;Alt başlık:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;heme:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Export</source>
        <translation>&amp;Dışa aktar</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>%1 × %2 pixels is more than a PNG can be made of here: choose a smaller size or a lower resolution.</source>
        <translation>%1 × %2 piksel, burada bir PNG&apos;nin alabileceğinden fazla: daha küçük bir boyut ya da daha düşük bir çözünürlük seçin.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 × %2 pixels</source>
        <translation>%1 × %2 piksel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 × %2 cm when printed at %3 dpi</source>
        <translation>%3 dpi ile basıldığında %1 × %2 cm</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Choose the file to write the map to.</source>
        <translation>Haritanın yazılacağı dosyayı seçin.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Writing %1…</source>
        <translation>%1 yazılıyor…</translation>
    </message>
</context>
<context>
    <name>twinatlas::ExportPreset</name>
    <message>
        <location filename="../app/ui/exportpreset.cpp" line="+9"/>
        <source>Newsletter column, 1200 × 800 px</source>
        <translation>Bülten sütunu, 1200 × 800 px</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Social card, 1200 × 630 px</source>
        <translation>Sosyal medya kartı, 1200 × 630 px</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Custom size</source>
        <translation>Özel boyut</translation>
    </message>
</context>
<context>
    <name>twinatlas::ExportPreview</name>
    <message>
        <location filename="../app/ui/exportpreview.cpp" line="+45"/>
        <source>Preview</source>
        <translation>Önizleme</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>Drawing the preview…</source>
        <translation>Önizleme çiziliyor…</translation>
    </message>
</context>
<context>
    <name>twinatlas::ExportSize</name>
    <message>
        <location filename="../app/core/export/exportsize.cpp" line="+87"/>
        <source>%1 landscape, %2 dpi</source>
        <translation>%1 yatay, %2 dpi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 portrait, %2 dpi</source>
        <translation>%1 dikey, %2 dpi</translation>
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
        <translation>Bölgeler okunamıyor: atlas %1.</translation>
    </message>
    <message>
        <location line="+41"/>
        <location line="+21"/>
        <source>The places cannot be read: the atlas %1.</source>
        <translation>Yerler okunamıyor: atlas %1.</translation>
    </message>
    <message>
        <location line="+37"/>
        <location line="+18"/>
        <source>The alternate names cannot be read: the atlas %1.</source>
        <translation>Diğer adlar okunamıyor: atlas %1.</translation>
    </message>
</context>
<context>
    <name>twinatlas::ImportActions</name>
    <message>
        <location filename="../app/ui/importactions.cpp" line="+25"/>
        <source>&amp;Import partnerships…</source>
        <translation>Ortaklıkları &amp;içe aktar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paste &amp;list of twins…</source>
        <translation>Kardeş şehir &amp;listesi yapıştır…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add the partnerships of a CSV file, a Wikidata query result or a pasted list</source>
        <translation>Bir CSV dosyasındaki, bir Wikidata sorgu sonucundaki ya da yapıştırılmış bir listedeki ortaklıkları ekle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a place’s twins from a list copied from a web page or a newsletter</source>
        <translation>Bir web sayfasından ya da bültenden kopyalanan bir listeden bir yerin kardeş şehirlerini ekle</translation>
    </message>
</context>
<context>
    <name>twinatlas::ImportCommand</name>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="+37"/>
        <source>Imports a list of twin towns: resolves every place against the gazetteer and adds the partnerships in one step. Doubtful rows are skipped and reported.</source>
        <translation>Bir kardeş şehir listesini içe aktarır: her yeri yer adları dizininde bulur ve ortaklıkları tek adımda ekler. Şüpheli satırlar atlanır ve raporlanır.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>csv, paste, wikidata-json or wikidata-csv (default: detected).</source>
        <translation>csv, paste, wikidata-json ya da wikidata-csv (varsayılan: algılanır).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>FORMAT</source>
        <translation>BİÇİM</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The place a pasted list is of, e.g. &quot;Toruń, Poland&quot;.</source>
        <translation>Yapıştırılan listenin ait olduğu yer, örn. &quot;Toruń, Poland&quot;.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NAME</source>
        <translation>AD</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Column mapping over the guessed one: field=column,... (fields: place, place_country, partner, partners, start, end, kind, ...; columns by header or number).</source>
        <translation>Tahmin edilenin yerine geçen sütun eşlemesi: alan=sütun,... (alanlar: place, place_country, partner, partners, start, end, kind, ...; sütunlar başlığa ya da numaraya göre).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>MAPPING</source>
        <translation>EŞLEME</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>utf-8, utf-16le, utf-16be or windows-1252 (default: detected).</source>
        <translation>utf-8, utf-16le, utf-16be ya da windows-1252 (varsayılan: algılanır).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ENCODING</source>
        <translation>KODLAMA</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The cell delimiter: , ; tab or | (default: detected).</source>
        <translation>Hücre ayırıcısı: , ; tab ya da | (varsayılan: algılanır).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CHAR</source>
        <translation>KARAKTER</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The first row is data, not column names.</source>
        <translation>İlk satır sütun adları değil, veridir.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolve and report, write nothing.</source>
        <translation>Çöz ve raporla, hiçbir şey yazma.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write every input row and what became of it as CSV.</source>
        <translation>Her girdi satırını ve ona ne olduğunu CSV olarak yaz.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The atlas file to import into.</source>
        <translation>İçine aktarılacak atlas dosyası.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>FILE</source>
        <translation>DOSYA</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The list to import.</source>
        <translation>İçe aktarılacak liste.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>give one file to import.</source>
        <translation>içe aktarılacak bir dosya verin.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no file %1.</source>
        <translation>%1 diye bir dosya yok.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown format “%1”; use %2.</source>
        <translation>bilinmeyen biçim “%1”; şunları kullanın: %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unknown encoding “%1”; use %2.</source>
        <translation>bilinmeyen kodlama “%1”; şunları kullanın: %2.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--delimiter takes one character or tab.</source>
        <translation>--delimiter tek bir karakter ya da tab alır.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>cannot write the report %1: %2</source>
        <translation>%1 raporu yazılamıyor: %2</translation>
    </message>
</context>
<context>
    <name>twinatlas::ImportDialog</name>
    <message>
        <location filename="../app/ui/importdialog.cpp" line="+36"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Geri</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+79"/>
        <source>&amp;Next &gt;</source>
        <translation>&amp;İleri &gt;</translation>
    </message>
    <message>
        <location line="-78"/>
        <source>&amp;Import</source>
        <translation>İçe &amp;aktar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save &amp;report…</source>
        <translation>Raporu &amp;kaydet…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import partnerships</source>
        <translation>Ortaklıkları içe aktar</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Write the rows to import into the atlas, as one step that Undo takes back</source>
        <translation>İçe aktarılacak satırları, Geri al ile geri alınabilecek tek bir adım olarak atlasa yaz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save every row of the list and what became of it as CSV</source>
        <translation>Listenin her satırını ve ona ne olduğunu CSV olarak kaydet</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Save import report</source>
        <translation>İçe aktarma raporunu kaydet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>-report.csv</source>
        <translation>-rapor.csv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV dosyaları (*.csv)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Report not saved</source>
        <translation>Rapor kaydedilmedi</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>&amp;Resolve &gt;</source>
        <translation>&amp;Çözümle &gt;</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>pasted list</source>
        <translation>yapıştırılan liste</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+9"/>
        <source>Reading %1…</source>
        <translation>%1 okunuyor…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loading the gazetteer…</source>
        <translation>Yer adları dizini yükleniyor…</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Finding %n places in the gazetteer…</source>
        <translation>
            <numerusform>Yer adları dizininde %n yer aranıyor…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Nothing to import</source>
        <translation>İçe aktarılacak bir şey yok</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No row of the list adds anything to the atlas.</source>
        <translation>Listenin hiçbir satırı atlasa bir şey eklemiyor.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing was imported</source>
        <translation>Hiçbir şey içe aktarılmadı</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Imported %n partnerships from %1</source>
        <translation>
            <numerusform>%1 kaynağından %n ortaklık içe aktarıldı</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 cannot be written: %2</source>
        <translation>%1 yazılamıyor: %2</translation>
    </message>
</context>
<context>
    <name>twinatlas::ImportJob</name>
    <message>
        <location filename="../app/core/io/importjob.cpp" line="+46"/>
        <location line="+103"/>
        <source>The import was cancelled; nothing was written.</source>
        <translation>İçe aktarma iptal edildi; hiçbir şey yazılmadı.</translation>
    </message>
    <message>
        <location line="-93"/>
        <source>cannot be read: %1</source>
        <translation>okunamıyor: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the file is larger than %1 MB; split it</source>
        <translation>dosya %1 MB&apos;tan büyük; bölün</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Nothing was written: the atlas %1.</source>
        <translation>Hiçbir şey yazılmadı: atlas %1.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Nothing was written: %1</source>
        <translation>Hiçbir şey yazılmadı: %1</translation>
    </message>
</context>
<context>
    <name>twinatlas::ImportPartnershipsCommand</name>
    <message numerus="yes">
        <location filename="../app/commands/importpartnershipscommand.cpp" line="+9"/>
        <source>Import %n partnerships from %1</source>
        <translation>
            <numerusform>%1 kaynağından %n ortaklığı içe aktar</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>twinatlas::ImportPlan</name>
    <message>
        <location filename="../app/core/io/importplan.cpp" line="+123"/>
        <source>chosen in the review</source>
        <translation>incelemede seçildi</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>placed at the coordinates typed in the review</source>
        <translation>incelemede yazılan koordinatlara yerleştirildi</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>skipped in the review</source>
        <translation>incelemede atlandı</translation>
    </message>
    <message>
        <location line="+163"/>
        <source>Imported list: %1</source>
        <translation>İçe aktarılan liste: %1</translation>
    </message>
</context>
<context>
    <name>twinatlas::ImportPreviewPage</name>
    <message>
        <location filename="../app/ui/importpreviewpage.cpp" line="+24"/>
        <source>First row names the columns</source>
        <translation>İlk satır sütun adlarını içerir</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Table (CSV, TSV, semicolons)</source>
        <translation>Tablo (CSV, TSV, noktalı virgül)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wikidata query result (JSON)</source>
        <translation>Wikidata sorgu sonucu (JSON)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wikidata query result (CSV)</source>
        <translation>Wikidata sorgu sonucu (CSV)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pasted list of one place’s twins</source>
        <translation>Bir yerin kardeş şehirlerinin yapıştırılmış listesi</translation>
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
        <translation>Windows-1252 (Batı Avrupa)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Comma</source>
        <translation>Virgül</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Semicolon</source>
        <translation>Noktalı virgül</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tab</source>
        <translation>Sekme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bar |</source>
        <translation>Dikey çizgi |</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Format:</source>
        <translation>&amp;Biçim:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Ayırıcı:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Encoding:</source>
        <translation>&amp;Kodlama:</translation>
    </message>
    <message numerus="yes">
        <location line="+57"/>
        <source>%n rows read from %1. Check what each column holds; the choice above a column can be changed.</source>
        <translation>
            <numerusform>%1 kaynağından %n satır okundu. Her sütunun neyi içerdiğini kontrol edin; sütunun üstündeki seçim değiştirilebilir.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n twins read from %1.</source>
        <translation>
            <numerusform>%1 kaynağından %n kardeş şehir okundu.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… ve %n tane daha</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read loosely or skipped:</source>
        <translation>Gevşek okunan ya da atlanan:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Column %1</source>
        <translation>Sütun %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Holds</source>
        <translation>İçerik</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Twin</source>
        <translation>Kardeş şehir</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Country</source>
        <translation>Ülke</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Tür</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Durum</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start</source>
        <translation>Başlangıç</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>End</source>
        <translation>Bitiş</translation>
    </message>
</context>
<context>
    <name>twinatlas::ImportReviewModel</name>
    <message>
        <location filename="../app/models/importreviewmodel.cpp" line="+68"/>
        <source>new place %1, %2 at %3, %4</source>
        <translation>yeni yer %1, %2; konum %3, %4</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>doubtful: %n to choose from</source>
        <translation>
            <numerusform>şüpheli: seçilecek %n aday</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not found</source>
        <translation>bulunamadı</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+12"/>
        <source>skipped</source>
        <translation>atlandı</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>found</source>
        <translation>bulundu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>new place</source>
        <translation>yeni yer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>doubtful</source>
        <translation>şüpheli</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unresolved</source>
        <translation>çözümlenmedi</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>GeoNames id</source>
        <translation>GeoNames kimliği</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>coordinates</source>
        <translation>koordinatlar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name</source>
        <translation>ad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>other name</source>
        <translation>başka ad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>spelling variant</source>
        <translation>yazım varyantı</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name without “District”, “City of”…</source>
        <translation>ek sözcüksüz ad: “District”, “City of”…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>close spelling</source>
        <translation>yakın yazım</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>new at the file’s coordinates</source>
        <translation>dosyadaki koordinatlarda yeni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>your choice</source>
        <translation>sizin seçiminiz</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>to import</source>
        <translation>içe aktarılacak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>already there: merged</source>
        <translation>zaten var: birleştirildi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>left out: unresolved</source>
        <translation>dışarıda bırakıldı: çözümlenmedi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>left out: doubtful</source>
        <translation>dışarıda bırakıldı: şüpheli</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>left out: skipped</source>
        <translation>dışarıda bırakıldı: atlandı</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>left out: same place twice</source>
        <translation>dışarıda bırakıldı: aynı yer iki kez</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Line</source>
        <translation>Satır</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place</source>
        <translation>Yer</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>Found as</source>
        <translation>Bulunan</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Partner</source>
        <translation>Ortak</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How</source>
        <translation>Nasıl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sure</source>
        <translation>Güven</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result</source>
        <translation>Sonuç</translation>
    </message>
</context>
<context>
    <name>twinatlas::ImportReviewPage</name>
    <message>
        <location filename="../app/ui/importreviewpage.cpp" line="+35"/>
        <source>Only rows to decide (doubtful or not found)</source>
        <translation>Yalnızca karar verilecek satırlar (şüpheli ya da bulunamayan)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Use this place</source>
        <translation>Bu yeri &amp;kullan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create &amp;new place here</source>
        <translation>Burada ye&amp;ni yer oluştur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Skip</source>
        <translation>&amp;Atla</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Decide</source>
        <translation>Karar ver</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Lat, lon: 46.23, 15.26</source>
        <translation>Enlem, boylam: 46.23, 15.26</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The latitude, a comma, then the longitude, in degrees: a new place is made there with the name as the list writes it</source>
        <translation>Enlem, bir virgül, sonra boylam, derece cinsinden: orada, listede yazıldığı adla yeni bir yer oluşturulur</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Leave this place, and every row that names it, out of the import</source>
        <translation>Bu yeri ve onu anan her satırı içe aktarmanın dışında bırak</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Candidates:</source>
        <translation>Adaylar:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Or where it is:</source>
        <translation>Ya da nerede olduğu:</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>Place: %1</source>
        <translation>Yer: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partner: %1</source>
        <translation>Ortak: %1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>“%1” are not coordinates: write the latitude (-90 to 90), a comma, then the longitude (-180 to 180).</source>
        <translation>“%1” koordinat değil: enlemi (-90 ile 90 arası), bir virgül, sonra boylamı (-180 ile 180 arası) yazın.</translation>
    </message>
    <message numerus="yes">
        <location line="+41"/>
        <source>%n partnerships to import</source>
        <translation>
            <numerusform>içe aktarılacak %n ortaklık</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n already in the atlas (merged)</source>
        <translation>
            <numerusform>%n tanesi zaten atlasta (birleştirildi)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n new places</source>
        <translation>
            <numerusform>%n yeni yer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n rows read: </source>
        <translation>
            <numerusform>%n satır okundu: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n places doubtful or not found: their rows are left out unless you decide.</source>
        <translation>
            <numerusform>%n yer şüpheli ya da bulunamadı: siz karar vermedikçe satırları dışarıda bırakılır.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>twinatlas::ImportRunner</name>
    <message>
        <location filename="../app/ui/importrunner.cpp" line="+116"/>
        <source>The import was cancelled; nothing was written.</source>
        <translation>İçe aktarma iptal edildi; hiçbir şey yazılmadı.</translation>
    </message>
</context>
<context>
    <name>twinatlas::ImportSourcePage</name>
    <message>
        <location filename="../app/ui/importsourcepage.cpp" line="+25"/>
        <source>Choose…</source>
        <translation>Seç…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A table of partnerships (CSV, TSV or semicolons, one row per pair or one row per place with its twins in a cell), or a Wikidata query result saved as JSON or CSV.</source>
        <translation>Bir ortaklık tablosu (CSV, TSV ya da noktalı virgüllü; her çift için bir satır ya da kardeş şehirleri tek hücrede olacak şekilde her yer için bir satır) veya JSON ya da CSV olarak kaydedilmiş bir Wikidata sorgu sonucu.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The file to import</source>
        <translation>İçe aktarılacak dosya</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>From a file</source>
        <translation>Bir dosyadan</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Twins of:</source>
        <translation>&amp;Kardeş şehirleri:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paste the list as written, e.g.
Roanne (France), since 1958
Schongau, Germany
Woerden in the Netherlands (from 1967 to 2016)</source>
        <translation>Listeyi yazıldığı gibi yapıştırın, örn.
Roanne (Fransa), 1958
Schongau, Almanya
Woerden, Hollanda (1967–2016)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;List:</source>
        <translation>&amp;Liste:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paste a list</source>
        <translation>Liste yapıştır</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Import partnerships</source>
        <translation>Ortaklıkları içe aktar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lists of partnerships (*.csv *.tsv *.txt *.json);;All files (*)</source>
        <translation>Ortaklık listeleri (*.csv *.tsv *.txt *.json);;Tüm dosyalar (*)</translation>
    </message>
</context>
<context>
    <name>twinatlas::ListReader</name>
    <message>
        <location filename="../app/core/io/listreader.cpp" line="+166"/>
        <source>Columns guessed: %1.</source>
        <translation>Tahmin edilen sütunlar: %1.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>not valid JSON: %1 (the file may be truncated)</source>
        <translation>geçerli JSON değil: %1 (dosya kesik olabilir)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>not a Wikidata query result: no “results”</source>
        <translation>bir Wikidata sorgu sonucu değil: “results” yok</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>record %1 is not an object</source>
        <translation>%1. kayıt bir nesne değil</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>more than %1 fields in the records</source>
        <translation>kayıtlarda %1 alandan fazla var</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>a pasted list is of one place: say which (--home NAME)</source>
        <translation>yapıştırılan liste tek bir yere aittir: hangisi olduğunu belirtin (--home AD)</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>%1: “%2” is not a GeoNames id</source>
        <translation>%1: “%2” bir GeoNames kimliği değil</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>“%1” is not a coordinate</source>
        <translation>“%1” bir koordinat değil</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>“%1” are not coordinates</source>
        <translation>“%1” koordinat değil</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>coordinates out of range: latitude %1, longitude %2 (latitude runs from -90 to 90, longitude from -180 to 180)</source>
        <translation>koordinatlar aralık dışında: enlem %1, boylam %2 (enlem -90 ile 90, boylam -180 ile 180 arasındadır)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>the date “%1” is not understood</source>
        <translation>“%1” tarihi anlaşılamadı</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the kind “%1” is not understood</source>
        <translation>“%1” türü anlaşılamadı</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the status “%1” is not understood</source>
        <translation>“%1” durumu anlaşılamadı</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Wikidata: %1 (%2), twinned administrative body</source>
        <translation>Wikidata: %1 (%2), kardeş idari birim</translation>
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
        <translation>Yerler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Details</source>
        <translation>Ayrıntılar</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>&amp;File</source>
        <translation>&amp;Dosya</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Tercihler…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Quit</source>
        <translation>Çı&amp;kış</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Edit</source>
        <translation>Dü&amp;zen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;View</source>
        <translation>&amp;Görünüm</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Places</source>
        <translation>&amp;Yerler</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Details</source>
        <translation>&amp;Ayrıntılar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Zoom &amp;in</source>
        <translation>Yakın&amp;laştır</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoom &amp;out</source>
        <translation>&amp;Uzaklaştır</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the whole &amp;world</source>
        <translation>Tüm &amp;dünyayı göster</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Go</source>
        <translation>G&amp;it</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Help</source>
        <translation>&amp;Yardım</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Twinatlas</source>
        <translation>Twinatlas &amp;Hakkında</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>About &amp;Qt</source>
        <translation>&amp;Qt Hakkında</translation>
    </message>
</context>
<context>
    <name>twinatlas::MapExportActions</name>
    <message>
        <location filename="../app/ui/mapexportactions.cpp" line="+28"/>
        <source>&amp;Export map…</source>
        <translation>&amp;Haritayı dışa aktar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Print…</source>
        <translation>Ya&amp;zdır…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save the map as a PNG image, an SVG drawing or a PDF document</source>
        <translation>Haritayı PNG resmi, SVG çizimi ya da PDF belgesi olarak kaydet</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Partnerships of %1, %2</source>
        <translation>Ortaklıklar: %1, %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Twin towns and sister cities of the world</source>
        <translation>Dünyanın kardeş şehirleri</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Twinatlas map</source>
        <translation>Twinatlas haritası</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+12"/>
        <source>Print map</source>
        <translation>Haritayı yazdır</translation>
    </message>
</context>
<context>
    <name>twinatlas::MapExporter</name>
    <message>
        <location filename="../app/core/export/mapexporter.cpp" line="+185"/>
        <source>Twinatlas map</source>
        <translation>Twinatlas haritası</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>There is not enough memory for an image of %1 × %2 pixels.</source>
        <translation>%1 × %2 piksellik bir resim için yeterli bellek yok.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>The SVG drawing could not be started.</source>
        <translation>SVG çizimi başlatılamadı.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The PDF drawing could not be started.</source>
        <translation>PDF çizimi başlatılamadı.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Cannot tell the format of “%1”: the name must end in .png, .svg or .pdf.</source>
        <translation>“%1” dosyasının biçimi anlaşılamıyor: ad .png, .svg veya .pdf ile bitmeli.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cannot write “%1”: the folder “%2” does not exist.</source>
        <translation>“%1” yazılamıyor: “%2” klasörü yok.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot write “%1”: “%2” is not a folder.</source>
        <translation>“%1” yazılamıyor: “%2” bir klasör değil.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot write “%1”: it exists and is not a regular file.</source>
        <translation>“%1” yazılamıyor: dosya var ve normal bir dosya değil.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+4"/>
        <location line="+13"/>
        <location line="+8"/>
        <location line="+3"/>
        <source>Cannot write “%1”: %2</source>
        <translation>“%1” yazılamıyor: %2</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>nothing was drawn.</source>
        <translation>hiçbir şey çizilmedi.</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>only %n bytes could be written.</source>
        <translation>
            <numerusform>yalnızca %n bayt yazılabildi.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>twinatlas::MapLegend</name>
    <message>
        <location filename="../app/core/export/maplegend.cpp" line="+39"/>
        <source>Sister city</source>
        <translation>Kardeş kent</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Twin town</source>
        <translation>Kardeş şehir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Partner town</source>
        <translation>Ortak şehir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Friendship city</source>
        <translation>Dostluk şehri</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cooperation</source>
        <translation>İşbirliği</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other partnership</source>
        <translation>Diğer ortaklık</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Proposed</source>
        <translation>Önerildi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ended or suspended</source>
        <translation>Sona ermiş ya da askıya alınmış</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ended</source>
        <translation>Sona erdi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Suspended</source>
        <translation>Askıya alındı</translation>
    </message>
</context>
<context>
    <name>twinatlas::MapPickMode</name>
    <message>
        <location filename="../app/ui/mappickmode.cpp" line="+54"/>
        <source>Click the place on the map; Esc cancels.</source>
        <translation>Haritada yere tıklayın; Esc iptal eder.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click the position on the map; Esc cancels.</source>
        <translation>Haritada konuma tıklayın; Esc iptal eder.</translation>
    </message>
</context>
<context>
    <name>twinatlas::MapPrinter</name>
    <message>
        <location filename="../app/ui/mapprinter.cpp" line="+16"/>
        <source>The printer “%1” could not be started.</source>
        <translation>“%1” yazıcısı başlatılamadı.</translation>
    </message>
</context>
<context>
    <name>twinatlas::MapView</name>
    <message>
        <location filename="../app/ui/mapview.cpp" line="+53"/>
        <source>Map</source>
        <translation>Harita</translation>
    </message>
    <message>
        <location line="+197"/>
        <source>No place is selected, so the map is centred on the middle of the view. Select a place to centre the map on it.</source>
        <translation>Seçili yer yok, bu yüzden harita görünümün ortasına ortalandı. Haritayı bir yere ortalamak için o yeri seçin.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Centred on %1, the place selected last.</source>
        <translation>Harita, en son seçilen yere ortalandı: %1.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The selected place has no partnerships on the map, so the map stays centred where it was.</source>
        <translation>Seçili yerin haritada ortaklığı yok, bu yüzden harita olduğu yerde ortalı kalıyor.</translation>
    </message>
    <message numerus="yes">
        <location line="+282"/>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;Partners: %n</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;Ortaklar: %n</numerusform>
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
        <translation>&amp;İzdüşüm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Theme</source>
        <translation>&amp;Tema</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Dark</source>
        <translation>Koyu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print</source>
        <extracomment>A map theme (View ▸ Theme): white paper and strong lines, for printing.</extracomment>
        <translation>Baskı</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Light</source>
        <translation>Açık</translation>
    </message>
</context>
<context>
    <name>twinatlas::MyLocation</name>
    <message>
        <location filename="../app/ui/mylocation.cpp" line="+25"/>
        <source>My &amp;location</source>
        <translation>&amp;Konumum</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show where you are and the nearest place with partnerships</source>
        <translation>Nerede olduğunuzu ve ortaklığı olan en yakın yeri göster</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Finding your position…</source>
        <translation>Konumunuz bulunuyor…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Your atlas holds no place with partnerships to measure from.</source>
        <translation>Atlasınızda uzaklık ölçülecek, ortaklığı olan bir yer yok.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>You are %1 from %2, the nearest place with partnerships.</source>
        <translation>Ortaklığı olan en yakın yer %2; uzaklığınız %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Position of %1.</source>
        <translation>Konum zamanı: %1.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>My location</source>
        <translation>Konumum</translation>
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
        <translation>Ortak</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Country</source>
        <translation>Ülke</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kind</source>
        <extracomment>Column: the kind of partnership (twin town, sister city, friendship city…).</extracomment>
        <translation>Tür</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Durum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Years</source>
        <translation>Yıllar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Distance</source>
        <translation>Uzaklık</translation>
    </message>
</context>
<context>
    <name>twinatlas::PartnershipDialog</name>
    <message>
        <location filename="../app/ui/partnershipdialog.cpp" line="+52"/>
        <source>Add partnership</source>
        <translation>Ortaklık ekle</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Anything worth knowing that the dates do not say</source>
        <translation>Tarihlerin söylemediği, bilmeye değer her şey</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Place:</source>
        <translation>&amp;Yer:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;artner:</source>
        <translation>&amp;Ortak:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kind:</source>
        <translation>T&amp;ür:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;tatus:</source>
        <translation>&amp;Durum:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Start:</source>
        <translation>&amp;Başlangıç:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;End:</source>
        <translation>B&amp;itiş:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;ote:</source>
        <translation>N&amp;ot:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sources:</source>
        <translation>Kaynaklar:</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Edit partnership</source>
        <translation>Ortaklığı düzenle</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Place: choose it from the matches, or on the map.</source>
        <translation>Yer: eşleşmelerden ya da haritadan seçin.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Partner: choose it from the matches, or on the map.</source>
        <translation>Ortak: eşleşmelerden ya da haritadan seçin.</translation>
    </message>
</context>
<context>
    <name>twinatlas::PartnershipStatusCommand</name>
    <message>
        <location filename="../app/commands/partnershipstatuscommand.cpp" line="+27"/>
        <source>End partnership %1</source>
        <translation>%1 ortaklığını sona erdir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Suspend partnership %1</source>
        <translation>%1 ortaklığını askıya al</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resume partnership %1</source>
        <translation>%1 ortaklığını yeniden başlat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Renew partnership %1</source>
        <translation>%1 ortaklığını yenile</translation>
    </message>
</context>
<context>
    <name>twinatlas::PastedList</name>
    <message>
        <location filename="../app/core/io/pastedlist.cpp" line="+383"/>
        <source>%1: not a list item: %2</source>
        <translation>%1: liste öğesi değil: %2</translation>
    </message>
</context>
<context>
    <name>twinatlas::PlaceDialog</name>
    <message>
        <location filename="../app/ui/placedialog.cpp" line="+56"/>
        <source>City</source>
        <translation>Şehir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Town or village</source>
        <translation>Kasaba ya da köy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>District</source>
        <translation>İlçe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Region</source>
        <translation>Bölge</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Add place</source>
        <translation>Yer ekle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>As it is written there, e.g. “Kreuzberg”</source>
        <translation>Orada yazıldığı gibi, örn. “Kreuzberg”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a country</source>
        <translation>Bir ülke seçin</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>e.g. 13.40333 (east is positive)</source>
        <translation>örn. 13.40333 (doğu pozitiftir)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. 52.49887 (north is positive)</source>
        <translation>örn. 52.49887 (kuzey pozitiftir)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Set on the map</source>
        <translation>Haritada belirle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click the place on the map to fill in its position</source>
        <translation>Konumunu doldurmak için haritada yere tıklayın</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Name:</source>
        <translation>&amp;Ad:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Country:</source>
        <translation>Ü&amp;lke:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kind:</source>
        <translation>T&amp;ür:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Latitude, longitude:</source>
        <translation>&amp;Enlem, boylam:</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Edit place</source>
        <translation>Yeri düzenle</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>%1: give it in degrees, or set the position on the map.</source>
        <translation>%1: derece olarak girin ya da konumu haritada belirleyin.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: “%2” is not a number of degrees.</source>
        <translation>%1: “%2” bir derece değeri değil.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Country: choose one.</source>
        <translation>Ülke: birini seçin.</translation>
    </message>
</context>
<context>
    <name>twinatlas::PlaceField</name>
    <message>
        <location filename="../app/ui/placefield.cpp" line="+25"/>
        <source>Type a name</source>
        <translation>Bir ad yazın</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On the map</source>
        <translation>Haritada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click the place on the map instead of typing its name</source>
        <translation>Adını yazmak yerine haritada yere tıklayın</translation>
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
Ortaklar: %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Place</source>
        <translation>Yer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Country</source>
        <translation>Ülke</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Partners</source>
        <translation>Ortaklar</translation>
    </message>
</context>
<context>
    <name>twinatlas::PlaceResolver</name>
    <message>
        <location filename="../app/core/io/placeresolver.cpp" line="+130"/>
        <source> (pop. %1)</source>
        <translation> (nüfus %1)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>GeoNames id %1</source>
        <translation>GeoNames kimliği %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the text holds %1: check it</source>
        <translation>metin %1 içeriyor: kontrol edin</translation>
    </message>
    <message>
        <location line="+198"/>
        <source>named so, %1 km from the file&apos;s coordinates</source>
        <translation>bu adla, dosyadaki koordinatlara %1 km uzaklıkta</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>not in the atlas: a new place at the file&apos;s coordinates</source>
        <translation>atlasta yok: dosyadaki koordinatlarda yeni bir yer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no place of that name within 25 km of the file&apos;s coordinates: a new place there</source>
        <translation>dosyadaki koordinatların 25 km yakınında bu adda bir yer yok: orada yeni bir yer</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>coordinates without a name</source>
        <translation>adsız koordinatlar</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>“%1” is in %2, not in %3 as the list says</source>
        <translation>“%1”, listede yazdığı gibi %3 içinde değil, %2 içinde</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no name</source>
        <translation>ad yok</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no place of this name in the atlas</source>
        <translation>atlasta bu adda bir yer yok</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>no place of this name in or near %1, which the list names with it</source>
        <translation>listenin adla birlikte verdiği %1 içinde veya yakınında bu adda yer yok</translation>
    </message>
    <message numerus="yes">
        <location line="+70"/>
        <source>%n places of similar weight answer to this name</source>
        <translation>
            <numerusform>benzer ağırlıkta %n yer bu ada karşılık geliyor</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>; the largest of %n places so named</source>
        <translation>
            <numerusform>; bu adı taşıyan %n yerin en büyüğü</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>only a name within %n letter(s) of it, and no country to go by</source>
        <translation>
            <numerusform>yalnızca %n harf farkla bir ad var ve dayanılacak bir ülke yok</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>only a small place within %n letter(s) of this name</source>
        <translation>
            <numerusform>yalnızca adı %n harf farklı küçük bir yer</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>its name</source>
        <translation>adı</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>one of its names</source>
        <translation>adlarından biri</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its name, spelled another way</source>
        <translation>adı, başka bir yazılışla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its name, without the added word</source>
        <translation>adı, eklenen sözcük olmadan</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>a name %n letter(s) away</source>
        <translation>
            <numerusform>%n harf farklı bir ad</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>, in the region or country given</source>
        <translation>, belirtilen bölgede ya da ülkede</translation>
    </message>
</context>
<context>
    <name>twinatlas::PlaceText</name>
    <message>
        <location filename="../app/core/io/placetext.cpp" line="+35"/>
        <source>a spreadsheet formula, not a name</source>
        <translation>bir ad değil, bir tablo formülü</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>text in the wrong encoding (“%1”)</source>
        <translation>yanlış kodlamada metin (“%1”)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a character that could not be read</source>
        <translation>okunamayan bir karakter</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%1” in a name</source>
        <translation>bir adda “%1”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a bracket that does not close</source>
        <translation>kapanmayan bir parantez</translation>
    </message>
</context>
<context>
    <name>twinatlas::PositionRequest</name>
    <message>
        <location filename="../app/core/location/positionrequest.cpp" line="+56"/>
        <source>Cannot read the NMEA source %1: Qt&apos;s NMEA position plugin is missing or cannot open it.</source>
        <translation>%1 NMEA kaynağı okunamıyor: Qt&apos;nin NMEA konum eklentisi eksik ya da kaynağı açamıyor.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>The NMEA log %1 holds no valid position fix (%2).</source>
        <translation>%1 NMEA günlüğünde geçerli bir konum yok (%2).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>This system has no position source. Install and enable GeoClue (the geoclue-2.0 package on Debian), or name a GPS receiver or an NMEA log in Preferences.</source>
        <translation>Bu sistemde konum kaynağı yok. GeoClue&apos;yu kurup etkinleştirin (Debian&apos;da geoclue-2.0 paketi) ya da Tercihler&apos;de bir GPS alıcısı veya NMEA günlüğü belirtin.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Twinatlas may not know your position: location access was refused. Allow it in your system&apos;s privacy settings, or name a GPS receiver or an NMEA log in Preferences.</source>
        <translation>Twinatlas konumunuzu bilemez: konum erişimi reddedildi. Sistemin gizlilik ayarlarından izin verin ya da Tercihler&apos;de bir GPS alıcısı veya NMEA günlüğü belirtin.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The position source closed before it gave a position.</source>
        <translation>Konum kaynağı bir konum vermeden kapandı.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The position source gave no position within %n seconds.</source>
        <translation>
            <numerusform>Konum kaynağı %n saniye içinde konum vermedi.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The position source failed without saying why.</source>
        <translation>Konum kaynağı nedenini söylemeden başarısız oldu.</translation>
    </message>
</context>
<context>
    <name>twinatlas::PreferencesDialog</name>
    <message>
        <location filename="../app/ui/preferencesdialog.cpp" line="+27"/>
        <source>The system&apos;s location service</source>
        <translation>Sistemin konum hizmeti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An NMEA source:</source>
        <translation>Bir NMEA kaynağı:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Gözat…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Look for changes in Wikidata once a week, at start</source>
        <translation>Haftada bir kez, başlangıçta Wikidata’daki değişikliklere bak</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Preferences</source>
        <translation>Tercihler</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>/dev/ttyACM0 or a log file</source>
        <translation>/dev/ttyACM0 ya da bir günlük dosyası</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The system&apos;s language</source>
        <extracomment>The first choice of Preferences ▸ Language: the desktop&apos;s language, whichever it is.</extracomment>
        <translation>Sistemin dili</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Language</source>
        <translation>Dil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new language applies when Twinatlas starts again.</source>
        <translation>Yeni dil, Twinatlas yeniden başlatıldığında geçerli olur.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Location</source>
        <translation>Konum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where Go ▸ My location finds your position.</source>
        <translation>Git ▸ Konumum komutunun konumunuzu nereden bulduğu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A GPS receiver&apos;s serial device is read live; of a log file of NMEA sentences, the last valid fix is used.</source>
        <translation>GPS alıcısının seri aygıtı canlı okunur; NMEA cümlelerinden oluşan bir günlük dosyasında son geçerli konum kullanılır.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Wikidata</source>
        <translation>Wikidata</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Any SPARQL endpoint over Wikidata, such as a QLever instance or your own; empty for the Wikidata Query Service.</source>
        <translation>Wikidata üzerindeki herhangi bir SPARQL uç noktası, örneğin bir QLever örneği ya da kendi sunucunuz; Wikidata Query Service için boş bırakın.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Asks again for what the last fetch asked for, and shows what changed before anything is added.</source>
        <translation>Son alımın istediğini yeniden ister ve bir şey eklenmeden önce nelerin değiştiğini gösterir.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Service:</source>
        <translation>Hizmet:</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>NMEA source</source>
        <translation>NMEA kaynağı</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NMEA logs (*.nmea *.nma *.log *.txt);;All files (*)</source>
        <translation>NMEA günlükleri (*.nmea *.nma *.log *.txt);;Tüm dosyalar (*)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>An http or https address, such as %1</source>
        <translation>%1 gibi bir http ya da https adresi</translation>
    </message>
</context>
<context>
    <name>twinatlas::ProvenanceText</name>
    <message>
        <location filename="../app/core/db/provenancetext.cpp" line="+20"/>
        <source>Added by you</source>
        <translation>Sizin tarafınızdan eklendi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Added by you on %1</source>
        <translation>%1 tarihinde sizin tarafınızdan eklendi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edited by you on %1</source>
        <translation>%1 tarihinde sizin tarafınızdan düzenlendi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From the bundled data</source>
        <translation>Birlikte gelen verilerden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From the bundled data %1</source>
        <translation>Birlikte gelen verilerden, %1</translation>
    </message>
</context>
<context>
    <name>twinatlas::QueryCommand</name>
    <message>
        <location filename="../app/cli/querycommand.cpp" line="+34"/>
        <source>Prints a place&apos;s partnerships as tab-separated lines: partner, country, kind, status, start, end, distance in km along the WGS 84 geodesic.</source>
        <translation>Bir yerin ortaklıklarını sekmeyle ayrılmış satırlar olarak yazdırır: ortak, ülke, tür, durum, başlangıç, bitiş, WGS 84 jeodeziği boyunca km cinsinden uzaklık.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Print the counts of places, partnerships, events and sources.</source>
        <translation>Yer, ortaklık, olay ve kaynak sayılarını yazdır.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The atlas file to read.</source>
        <translation>Okunacak atlas dosyası.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FILE</source>
        <translation>DOSYA</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The place to look up.</source>
        <translation>Aranacak yer.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>NAME</source>
        <translation>AD</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>give a place name, or --stats</source>
        <translation>bir yer adı ya da --stats verin</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>no place is called “%1”.</source>
        <translation>“%1” adında bir yer yok.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no place is called “%1”. Closest matches: %2.</source>
        <translation>“%1” adında bir yer yok. En yakın eşleşmeler: %2.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 places are called “%2”; showing %3. The others:</source>
        <translation>%1 yerin adı “%2”; gösterilen: %3. Diğerleri:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>population %1</source>
        <translation>nüfus %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 partnerships</source>
        <translation>%1 ortaklık</translation>
    </message>
</context>
<context>
    <name>twinatlas::ReadFailure</name>
    <message>
        <location filename="../app/cli/readfailure.cpp" line="+16"/>
        <source>“twinatlas check --database %1” names the damage.</source>
        <translation>“twinatlas check --database %1” hasarı gösterir.</translation>
    </message>
</context>
<context>
    <name>twinatlas::RecordParser</name>
    <message>
        <location filename="../app/core/io/delimitedtable.cpp" line="+57"/>
        <source>more than %1 columns in one record</source>
        <translation>bir kayıtta %1 sütundan fazla</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>text after the closing quote of a cell; a quote inside a quoted cell is written twice (&quot;&quot;)</source>
        <translation>hücrenin kapanış tırnağından sonra metin var; tırnak içindeki bir hücrede tırnak iki kez yazılır (&quot;&quot;)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the quote that opens this cell is never closed (the file may be truncated)</source>
        <translation>bu hücreyi açan tırnak hiç kapanmıyor (dosya kesik olabilir)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>a cell longer than %1 characters</source>
        <translation>%1 karakterden uzun bir hücre</translation>
    </message>
</context>
<context>
    <name>twinatlas::RemoveEventCommand</name>
    <message>
        <location filename="../app/commands/removeeventcommand.cpp" line="+13"/>
        <source>Remove event of %1</source>
        <translation>%1 ortaklığının olayını kaldır</translation>
    </message>
</context>
<context>
    <name>twinatlas::RemovePartnershipCommand</name>
    <message>
        <location filename="../app/commands/removepartnershipcommand.cpp" line="+8"/>
        <source>Remove partnership %1</source>
        <translation>%1 ortaklığını kaldır</translation>
    </message>
</context>
<context>
    <name>twinatlas::RemovePlaceCommand</name>
    <message>
        <location filename="../app/commands/removeplacecommand.cpp" line="+17"/>
        <source>Remove place %1</source>
        <translation>%1 yerini kaldır</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove place %1 with its partnerships</source>
        <translation>%1 yerini ortaklıklarıyla birlikte kaldır</translation>
    </message>
</context>
<context>
    <name>twinatlas::SaveFile</name>
    <message>
        <location filename="../app/core/io/savefile.cpp" line="+30"/>
        <source>it cannot be created</source>
        <translation>oluşturulamıyor</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>only %n bytes could be written</source>
        <translation>
            <numerusform>yalnızca %n bayt yazılabildi</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the data could not be written out</source>
        <translation>veriler yazılamadı</translation>
    </message>
</context>
<context>
    <name>twinatlas::SearchResultModel</name>
    <message>
        <location filename="../app/models/searchresultmodel.cpp" line="+86"/>
        <source>%1 (also called %2)</source>
        <translation>%1 (%2 olarak da bilinir)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Also called %1</source>
        <translation>%1 olarak da bilinir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Population: %1</source>
        <translation>Nüfus: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No partners in the atlas</source>
        <translation>Atlasta ortak yok</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Partners: %n</source>
        <translation>
            <numerusform>Ortaklar: %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Place</source>
        <translation>Yer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Region</source>
        <translation>Bölge</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Country</source>
        <translation>Ülke</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Population</source>
        <translation>Nüfus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Partners</source>
        <translation>Ortaklar</translation>
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
        <translation>Bir PostgreSQL sunucusunda ekip atlası kurar ve üyelerini ekler.
  init URL            boş bir veritabanında şemayı ve rolleri oluşturur ya da eski bir ekip atlasını yükseltir
  add-user URL AD     --role ile bir üye ekler; parola standart girdiden okunur
URL: postgresql://kullanıcı@sunucu:port/veritabanı (rol oluşturabilen bir kullanıcı olarak), soket için ?host=/run/postgresql, sunucunun sertifikası için ?sslrootcert=DOSYA.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>viewer (reads), editor (reads and writes) or administrator (also manages members).</source>
        <translation>viewer (okur), editor (okur ve yazar) ya da administrator (üyeleri de yönetir).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ROLE</source>
        <translation>ROL</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ACTION</source>
        <translation>İŞLEM</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>init or add-user</source>
        <translation>init ya da add-user</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The database of the team atlas.</source>
        <translation>Ekip atlasının veritabanı.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>give init or add-user, then the URL of the database.</source>
        <translation>init ya da add-user, ardından veritabanının URL’sini verin.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>init takes one URL.</source>
        <translation>init bir URL bekler.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>add-user takes a URL and a user name.</source>
        <translation>add-user bir URL ve bir kullanıcı adı bekler.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the team atlas on %1 was set up by a newer Twinatlas (schema version %2; this one knows up to %3). Nothing was changed.</source>
        <translation>%1 üzerindeki ekip atlası daha yeni bir Twinatlas tarafından kurulmuş (şema sürümü %2; bu sürüm en çok %3 biliyor). Hiçbir şey değiştirilmedi.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The team atlas on %1 is set up already (schema version %2); nothing to do.</source>
        <translation>%1 üzerindeki ekip atlası zaten kurulu (şema sürümü %2); yapılacak bir şey yok.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the team atlas on %1 could not be upgraded; it is as it was: %2</source>
        <translation>%1 üzerindeki ekip atlası yükseltilemedi; olduğu gibi duruyor: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Upgraded the team atlas on %1 from schema version %2 to %3.</source>
        <translation>%1 üzerindeki ekip atlası şema sürümü %2’den %3’e yükseltildi.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the team atlas could not be set up on %1; nothing was changed: %2</source>
        <translation>ekip atlası %1 üzerinde kurulamadı; hiçbir şey değiştirilmedi: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set up a team atlas on %1 (schema version %2).</source>
        <translation>%1 üzerinde ekip atlası kuruldu (şema sürümü %2).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add its members with: twinatlas server add-user &apos;%1&apos; NAME --role editor</source>
        <translation>Üyelerini şununla ekleyin: twinatlas server add-user &apos;%1&apos; AD --role editor</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 holds no team atlas; set it up first with: twinatlas server init &apos;%2&apos;</source>
        <translation>%1 bir ekip atlası içermiyor; önce şununla kurun: twinatlas server init &apos;%2&apos;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--role is viewer, editor or administrator, not “%1”.</source>
        <translation>--role viewer, editor ya da administrator olur, “%1” değil.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password for %1: </source>
        <translation>%1 için parola: </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no password given for %1; nothing was changed.</source>
        <translation>%1 için parola verilmedi; hiçbir şey değiştirilmedi.</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+6"/>
        <source>%1 could not be added; nothing was changed: %2</source>
        <translation>%1 eklenemedi; hiçbir şey değiştirilmedi: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Added %1 to the team atlas on %2 as %3.</source>
        <translation>%1, %2 üzerindeki ekip atlasına %3 olarak eklendi.</translation>
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
        <translation>Kaldır</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add another</source>
        <translation>Başka ekle</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sources cited</source>
        <translation>Atıf yapılan kaynaklar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Double-click a web address to open it in the browser.</source>
        <translation>Tarayıcıda açmak için bir web adresine çift tıklayın.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Title, e.g. “City council decision 114/1988”</source>
        <translation>Başlık, örn. “Belediye meclisi kararı 114/1988”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Or the name of a document or book</source>
        <translation>Ya da bir belgenin veya kitabın adı</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Title:</source>
        <translation>Başlık:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Web address:</source>
        <translation>Web adresi:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document:</source>
        <translation>Belge:</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>%1: a source needs a title.</source>
        <translation>%1: bir kaynağın başlığı olmalı.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sources: give at least one, so that others can check it.</source>
        <translation>Kaynaklar: başkalarının doğrulayabilmesi için en az bir tane verin.</translation>
    </message>
</context>
<context>
    <name>twinatlas::SparqlResults</name>
    <message>
        <location filename="../app/core/wikidata/sparqlresults.cpp" line="+36"/>
        <source>the answer is not valid JSON (%1 at byte %2 of %3)</source>
        <translation>yanıt geçerli JSON değil (%3 bayttan %2. baytta %1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the answer is not a SPARQL result: no JSON object</source>
        <translation>yanıt bir SPARQL sonucu değil: JSON nesnesi yok</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the answer is not a SPARQL result: no “head” and “results”</source>
        <translation>yanıt bir SPARQL sonucu değil: “head” ve “results” yok</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the answer names no variables (“head.vars”)</source>
        <translation>yanıt hiçbir değişken adlandırmıyor (“head.vars”)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a variable in “head.vars” is not a name</source>
        <translation>“head.vars” içindeki bir değişken bir ad değil</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the answer has no rows (“results.bindings”)</source>
        <translation>yanıtın satırı yok (“results.bindings”)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>row %1 of the answer is not an object</source>
        <translation>yanıtın %1. satırı bir nesne değil</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>row %1 binds “%2”, which the answer does not name</source>
        <translation>%1. satır, yanıtın adlandırmadığı “%2” değişkenini bağlıyor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>row %1: “%2” is not an RDF term</source>
        <translation>%1. satır: “%2” bir RDF terimi değil</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>row %1: “%2” has no value</source>
        <translation>%1. satır: “%2” değeri yok</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>row %1: “%2” is of an unknown type “%3”</source>
        <translation>%1. satır: “%2” bilinmeyen bir türde: “%3”</translation>
    </message>
</context>
<context>
    <name>twinatlas::SqlFailure</name>
    <message>
        <location filename="../app/core/db/sqlfailure.cpp" line="+83"/>
        <source>its rows contradict each other: %1</source>
        <translation>satırları birbiriyle çelişiyor: %1</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>is damaged (%1)</source>
        <translation>hasarlı (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot be written: its disk is full</source>
        <translation>yazılamıyor: diski dolu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot be written: it, its folder or its disk is read-only (%1)</source>
        <translation>yazılamıyor: kendisi, klasörü ya da diski salt okunur (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot be used: permission denied (%1)</source>
        <translation>kullanılamıyor: izin reddedildi (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot be opened: a file it needs is missing or cannot be made (%1)</source>
        <translation>açılamıyor: gereken bir dosya yok ya da oluşturulamıyor (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is locked by another program (SQLite: “%1”)</source>
        <translation>başka bir program tarafından kilitlenmiş (SQLite: “%1”)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>could not be read from or written to its disk (%1)</source>
        <translation>diskinden okunamadı ya da diskine yazılamadı (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>could not be read (SQLite: “%1”)</source>
        <translation>okunamadı (SQLite: “%1”)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The atlas file %1 %2.</source>
        <translation>Atlas dosyası %1 %2.</translation>
    </message>
</context>
<context>
    <name>twinatlas::StartupAtlas</name>
    <message>
        <location filename="../app/ui/startupatlas.cpp" line="+26"/>
        <source>Your atlas was restored from the backup %1. The file that could not be opened is kept as %2.</source>
        <translation>Atlasınız %1 yedeğinden geri yüklendi. Açılamayan dosya %2 olarak saklanıyor.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Your atlas was started again from the bundled atlas. The file that could not be opened, with your changes, is kept as %1.</source>
        <translation>Atlasınız birlikte gelen atlasla yeniden başlatıldı. Açılamayan dosya, değişikliklerinizle birlikte %1 olarak saklanıyor.</translation>
    </message>
</context>
<context>
    <name>twinatlas::SyncCommand</name>
    <message>
        <location filename="../app/cli/synccommand.cpp" line="+35"/>
        <source>Syncs the atlas with its team atlas on a PostgreSQL server: receives what the others changed, sends your changes, and lists the conflicts a person has to settle (in the window: File ▸ Team conflicts). The password comes from the URL, PGPASSWORD or ~/.pgpass.</source>
        <translation>Atlası bir PostgreSQL sunucusundaki ekip atlasıyla eşitler: diğerlerinin değiştirdiklerini alır, sizin değişikliklerinizi gönderir ve bir kişinin karara bağlaması gereken çakışmaları listeler (pencerede: Dosya ▸ Ekip çakışmaları). Parola URL’den, PGPASSWORD’den ya da ~/.pgpass’ten gelir.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The atlas file to sync.</source>
        <translation>Eşitlenecek atlas dosyası.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>FILE</source>
        <translation>DOSYA</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>postgresql://user@host:port/database; ?host=/run/postgresql for a socket, ?sslrootcert=FILE for the server&apos;s certificate.</source>
        <translation>postgresql://kullanıcı@sunucu:port/veritabanı; soket için ?host=/run/postgresql, sunucunun sertifikası için ?sslrootcert=DOSYA.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>give the URL of the team atlas.</source>
        <translation>ekip atlasının URL’sini verin.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>removed there, changed here</source>
        <translation>orada kaldırıldı, burada değiştirildi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>removed here, changed there</source>
        <translation>burada kaldırıldı, orada değiştirildi</translation>
    </message>
</context>
<context>
    <name>twinatlas::TeamActions</name>
    <message>
        <location filename="../app/ui/teamactions.cpp" line="+33"/>
        <source>The atlas could not be opened for the sync.</source>
        <translation>Atlas eşitleme için açılamadı.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Connect to a &amp;Team Atlas…</source>
        <translation>Bir &amp;ekip atlasına bağlan…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;ync with the Team Atlas</source>
        <translation>Ekip atlasıyla e&amp;şitle</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+78"/>
        <source>Team &amp;Conflicts…</source>
        <translation>Ekip ça&amp;kışmaları…</translation>
    </message>
    <message>
        <location line="-77"/>
        <source>&amp;Disconnect from the Team Atlas</source>
        <translation>Ekip atlasıyla bağlantıyı &amp;kes</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Team &amp;Conflicts (%1)…</source>
        <translation>Ekip ça&amp;kışmaları (%1)…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Team: not syncing (read-only)</source>
        <translation>Ekip: eşitlenmiyor (salt okunur)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Team: syncing…</source>
        <translation>Ekip: eşitleniyor…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Team: the last sync failed</source>
        <translation>Ekip: son eşitleme başarısız oldu</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Team: not synced yet</source>
        <translation>Ekip: henüz eşitlenmedi</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Team: synced %1 · %2</source>
        <translation>Ekip: %1 eşitlendi · %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last sync with %1 at %2</source>
        <translation>%1 ile son eşitleme: %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+8"/>
        <source>Another Team Atlas</source>
        <translation>Başka bir ekip atlası</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>This atlas was synced with %1. Sync it with %2 instead? Its rows and your changes stay; the new team atlas gets them at the first sync.</source>
        <translation>Bu atlas %1 ile eşitleniyordu. Bunun yerine %2 ile mi eşitlensin? Satırları ve değişiklikleriniz kalır; yeni ekip atlası bunları ilk eşitlemede alır.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The password could not be kept in the desktop&apos;s keyring (%1); Twinatlas will ask for it again next time.</source>
        <translation>Parola masaüstünün anahtarlığında saklanamadı (%1); Twinatlas bir dahaki sefere yeniden soracak.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Enter the password for %1.</source>
        <translation>%1 için parolayı girin.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Team Atlas</source>
        <translation>Ekip atlası</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%Ln new conflict(s) with the team: File ▸ Team Conflicts… shows both values.</source>
        <translation>
            <numerusform>Ekiple %Ln yeni çakışma: Dosya ▸ Ekip çakışmaları… iki değeri de gösterir.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Disconnect from the Team Atlas</source>
        <translation>Ekip atlasıyla bağlantıyı kes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop syncing this atlas with %1? The atlas keeps every row and your changes; the password is removed from the keyring.</source>
        <translation>Bu atlas %1 ile eşitlenmesin mi? Atlas tüm satırlarını ve değişikliklerinizi korur; parola anahtarlıktan kaldırılır.</translation>
    </message>
</context>
<context>
    <name>twinatlas::TeamConflictsDialog</name>
    <message>
        <location filename="../app/ui/teamconflictsdialog.cpp" line="+23"/>
        <source>&amp;Keep Mine</source>
        <translation>Benimkini &amp;koru</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Take the Team&apos;s</source>
        <translation>Ekibinkini &amp;al</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Team Conflicts</source>
        <translation>Ekip çakışmaları</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Row</source>
        <translation>Satır</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Field</source>
        <translation>Alan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Yours</source>
        <translation>Sizinki</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The team&apos;s</source>
        <translation>Ekibinki</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Changed by</source>
        <translation>Değiştiren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep your value; the next sync sends it to the team.</source>
        <translation>Değerinizi koruyun; sonraki eşitleme onu ekibe gönderir.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take the other value into this atlas now.</source>
        <translation>Diğer değeri şimdi bu atlasa al.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The conflicts could not be read: %1</source>
        <translation>Çakışmalar okunamadı: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The whole %1</source>
        <translation>Tüm satır (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Removed</source>
        <translation>Kaldırıldı</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+1"/>
        <source>Changed</source>
        <translation>Değiştirildi</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 (you, %2)</source>
        <translation>%1 (siz, %2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No conflicts: this atlas and the team agree.</source>
        <translation>Çakışma yok: bu atlas ile ekip aynı.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>These were changed here and by someone else since the last sync. Until you choose, your value stays here and the team keeps the other.</source>
        <translation>Bunlar son eşitlemeden beri hem burada hem de başka biri tarafından değiştirildi. Siz seçene kadar değeriniz burada kalır, ekip diğerini tutar.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cannot Settle the Conflict</source>
        <translation>Çakışma çözülemiyor</translation>
    </message>
</context>
<context>
    <name>twinatlas::TeamConnectDialog</name>
    <message>
        <location filename="../app/ui/teamconnectdialog.cpp" line="+27"/>
        <source>Keep the password in the desktop&apos;s keyring</source>
        <translation>Parolayı masaüstünün anahtarlığında sakla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encrypt the connection and verify the server&apos;s certificate</source>
        <translation>Bağlantıyı şifrele ve sunucunun sertifikasını doğrula</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sync when Twinatlas starts</source>
        <translation>Twinatlas açılınca eşitle</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connect to a Team Atlas</source>
        <translation>Bir ekip atlasına bağlan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Several people keep one atlas together on a PostgreSQL server. This atlas stays your working copy; a sync sends your changes and brings the others&apos;.</source>
        <translation>Birkaç kişi bir PostgreSQL sunucusunda tek bir atlası birlikte tutar. Bu atlas çalışma kopyanız olarak kalır; eşitleme değişikliklerinizi gönderir, diğerlerininkini getirir.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>db.example.org, or a socket folder such as /run/postgresql</source>
        <translation>db.example.org ya da /run/postgresql gibi bir soket klasörü</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The system&apos;s default (~/.postgresql/root.crt)</source>
        <translation>Sistemin varsayılanı (~/.postgresql/root.crt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose…</source>
        <translation>Seç…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> min</source>
        <translation> dk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only when asked</source>
        <translation>Yalnızca istenince</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Server:</source>
        <translation>&amp;Sunucu:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Database:</source>
        <translation>&amp;Veritabanı:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User:</source>
        <translation>&amp;Kullanıcı:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pass&amp;word:</source>
        <translation>P&amp;arola:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Certificate:</source>
        <translation>Ser&amp;tifika:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sync &amp;every:</source>
        <translation>&amp;Eşitleme aralığı:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connect and Sync</source>
        <translation>Bağlan ve eşitle</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The Server&apos;s Certificate</source>
        <translation>Sunucunun sertifikası</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificates (*.crt *.pem *.cer);;All files (*)</source>
        <translation>Sertifikalar (*.crt *.pem *.cer);;Tüm dosyalar (*)</translation>
    </message>
</context>
<context>
    <name>twinatlas::TeamError</name>
    <message>
        <location filename="../app/core/team/teamerror.cpp" line="+68"/>
        <source>The team server refused the user name or password for %1. Check both and connect again; the local atlas is unchanged.</source>
        <translation>Ekip sunucusu %1 için kullanıcı adını ya da parolayı reddetti. İkisini de denetleyip yeniden bağlanın; yerel atlas değişmedi.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The certificate %2 to check the team server %1 with does not exist. No connection was made and nothing was sent; choose the server&apos;s certificate (or its authority&apos;s) in the connection settings.</source>
        <translation>Ekip sunucusu %1’i denetlemek için seçilen %2 sertifikası yok. Bağlantı kurulmadı ve hiçbir şey gönderilmedi; bağlantı ayarlarında sunucunun (ya da yetkilisinin) sertifikasını seçin.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The team server %1 could not prove who it is: its certificate could not be verified. No connection was made and nothing was sent; choose the server&apos;s certificate (or its authority&apos;s) in the connection settings.</source>
        <translation>Ekip sunucusu %1 kim olduğunu kanıtlayamadı: sertifikası doğrulanamadı. Bağlantı kurulmadı ve hiçbir şey gönderilmedi; bağlantı ayarlarında sunucunun (ya da yetkilisinin) sertifikasını seçin.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The team server %1 could not prove who it is: its certificate does not match the certificate %2. No connection was made and nothing was sent; check that this is the team&apos;s server and its certificate.</source>
        <translation>Ekip sunucusu %1 kim olduğunu kanıtlayamadı: sertifikası %2 sertifikasıyla eşleşmiyor. Bağlantı kurulmadı ve hiçbir şey gönderilmedi; bunun ekibin sunucusu ve sertifikası olduğunu denetleyin.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server has no database %1. Check the database name.</source>
        <translation>Sunucuda %1 adlı bir veritabanı yok. Veritabanı adını denetleyin.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The team server %1 cannot be reached. Check the address and the network; the local atlas is unchanged and keeps working.</source>
        <translation>Ekip sunucusu %1’e ulaşılamıyor. Adresi ve ağı denetleyin; yerel atlas değişmedi ve çalışmayı sürdürüyor.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The connection to the team server %1 was lost. %2</source>
        <translation>Ekip sunucusu %1 ile bağlantı koptu. %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The team server lets %1 read the team atlas but not change it. %2 Ask the team&apos;s administrator for the editor role to send your changes.</source>
        <translation>Ekip sunucusu %1 kullanıcısının ekip atlasını okumasına izin veriyor ama değiştirmesine izin vermiyor. %2 Değişikliklerinizi göndermek için ekibin yöneticisinden editor rolünü isteyin.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Another desktop added the same partnership at the same moment. %1 Sync again to take theirs in.</source>
        <translation>Başka bir bilgisayar aynı anda aynı ortaklığı ekledi. %1 Onunkini almak için yeniden eşitleyin.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The team server refused the sync. %1</source>
        <translation>Ekip sunucusu eşitlemeyi reddetti. %1</translation>
    </message>
</context>
<context>
    <name>twinatlas::TeamHistoryText</name>
    <message>
        <location filename="../app/core/team/teamhistorytext.cpp" line="+31"/>
        <source>Added by %1 on %2</source>
        <translation>%1 tarafından %2 tarihinde eklendi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Removed by %1 on %2</source>
        <translation>%1 tarafından %2 tarihinde kaldırıldı</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edited by %1 on %2</source>
        <translation>%1 tarafından %2 tarihinde düzenlendi</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 · %2 added it</source>
        <translation>%1 · %2 ekledi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 · %2 removed it</source>
        <translation>%1 · %2 kaldırdı</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 · %2 changed it</source>
        <translation>%1 · %2 değiştirdi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 · %2 changed %3</source>
        <translation>%1 · %2 şunları değiştirdi: %3</translation>
    </message>
</context>
<context>
    <name>twinatlas::TeamKinds</name>
    <message>
        <location filename="../app/core/team/teamkind.cpp" line="+174"/>
        <source>The whole row</source>
        <translation>Tüm satır</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>GeoNames id</source>
        <translation>GeoNames kimliği</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name in ASCII</source>
        <translation>ASCII adı</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>Ülke</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region</source>
        <translation>Bölge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Longitude</source>
        <translation>Boylam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latitude</source>
        <translation>Enlem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Population</source>
        <translation>Nüfus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Tür</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Not</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Kaynak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Origin</source>
        <translation>Köken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other names</source>
        <translation>Diğer adlar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Başlık</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Web address</source>
        <translation>Web adresi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document</source>
        <translation>Belge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First place</source>
        <translation>Birinci yer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Second place</source>
        <translation>İkinci yer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Durum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start</source>
        <translation>Başlangıç</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End</source>
        <translation>Bitiş</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Partnership</source>
        <translation>Ortaklık</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Tarih</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Tür</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Açıklama</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postcard</source>
        <translation>Kartpostal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received</source>
        <translation>Alındı</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed</source>
        <translation>Değiştirilme</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Data version</source>
        <translation>Veri sürümü</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>place</source>
        <translation>yer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>source</source>
        <translation>kaynak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>partnership</source>
        <translation>ortaklık</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>event</source>
        <translation>olay</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>source of a partnership</source>
        <translation>bir ortaklığın kaynağı</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>source of an event</source>
        <translation>bir olayın kaynağı</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>postcard</source>
        <translation>kartpostal</translation>
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
        <translation>%1, %2 tarihli olay</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+2"/>
        <source>%1, source “%2”</source>
        <translation>%1, kaynak “%2”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Postcard from %1 to %2</source>
        <translation>%1’den %2’ye kartpostal</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+14"/>
        <source>(empty)</source>
        <translation>(boş)</translation>
    </message>
</context>
<context>
    <name>twinatlas::TeamServer</name>
    <message>
        <location filename="../app/core/team/teamserver.cpp" line="+27"/>
        <source>Nothing was received; the local atlas is unchanged.</source>
        <translation>Hiçbir şey alınmadı; yerel atlas değişmedi.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing was sent; your changes stay in this atlas and go with the next sync.</source>
        <translation>Hiçbir şey gönderilmedi; değişiklikleriniz bu atlasta kalır ve sonraki eşitlemeyle gider.</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>Qt&apos;s PostgreSQL driver is not installed (the Debian package libqt6sql6-psql); a team atlas cannot be reached without it.</source>
        <translation>Qt’nin PostgreSQL sürücüsü kurulu değil (Debian paketi libqt6sql6-psql); o olmadan ekip atlasına ulaşılamaz.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>The database %1 holds no team atlas. Its administrator sets one up with: twinatlas server init &apos;%2&apos;</source>
        <translation>%1 veritabanında ekip atlası yok. Yöneticisi şununla kurar: twinatlas server init &apos;%2&apos;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The team atlas on %1 was set up by a newer Twinatlas (its schema is version %2; this Twinatlas knows up to version %3). Update Twinatlas to sync with it; nothing was sent or received.</source>
        <translation>%1 üzerindeki ekip atlası daha yeni bir Twinatlas tarafından kurulmuş (şeması sürüm %2; bu Twinatlas en çok sürüm %3’ü biliyor). Onunla eşitlemek için Twinatlas’ı güncelleyin; hiçbir şey gönderilmedi ya da alınmadı.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The team atlas on %1 has schema version %2; this Twinatlas needs version %3. Its administrator upgrades it by starting this Twinatlas, or with: twinatlas server init &apos;%4&apos;</source>
        <translation>%1 üzerindeki ekip atlasının şema sürümü %2; bu Twinatlas sürüm %3 istiyor. Yöneticisi bu Twinatlas’ı başlatarak ya da şununla yükseltir: twinatlas server init &apos;%4&apos;</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The team atlas on %1 could not be upgraded; it is as it was.</source>
        <translation>%1 üzerindeki ekip atlası yükseltilemedi; olduğu gibi duruyor.</translation>
    </message>
</context>
<context>
    <name>twinatlas::TeamServerAddress</name>
    <message>
        <location filename="../app/core/team/teamserveraddress.cpp" line="+46"/>
        <source>“%1” is not a URL: %2</source>
        <translation>“%1” bir URL değil: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” is not a PostgreSQL address; it starts with postgresql://.</source>
        <translation>“%1” bir PostgreSQL adresi değil; postgresql:// ile başlar.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The port “%1” is not a number from 1 to 65535.</source>
        <translation>“%1” portu 1 ile 65535 arasında bir sayı değil.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>sslmode “%1” is not one of %2.</source>
        <translation>sslmode “%1”, %2 değerlerinden biri değil.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The address option “%1” is not known; use host, port, dbname, user, sslmode or sslrootcert.</source>
        <translation>“%1” adres seçeneği bilinmiyor; host, port, dbname, user, sslmode ya da sslrootcert kullanın.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The address names no server: give a host (postgresql://user@host/database) or a socket folder (?host=/run/postgresql).</source>
        <translation>Adreste sunucu yok: bir sunucu (postgresql://kullanıcı@sunucu/veritabanı) ya da bir soket klasörü (?host=/run/postgresql) verin.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The address names no database: postgresql://user@host/database.</source>
        <translation>Adreste veritabanı yok: postgresql://kullanıcı@sunucu/veritabanı.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The address names no user: postgresql://user@host/database.</source>
        <translation>Adreste kullanıcı yok: postgresql://kullanıcı@sunucu/veritabanı.</translation>
    </message>
</context>
<context>
    <name>twinatlas::TeamSync</name>
    <message>
        <location filename="../app/core/team/teamsync.cpp" line="+195"/>
        <source>Your changes were sent, but this atlas could not note that they were. Nothing is lost: the next sync sorts it out.</source>
        <translation>Değişiklikleriniz gönderildi ama bu atlas bunu not edemedi. Hiçbir şey kaybolmadı: sonraki eşitleme düzeltir.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The team&apos;s changes could not be written into this atlas; nothing was changed here. The next sync tries again.</source>
        <translation>Ekibin değişiklikleri bu atlasa yazılamadı; burada hiçbir şey değişmedi. Sonraki eşitleme yeniden dener.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This atlas is open read-only, so it cannot take the team&apos;s changes: sync from the Twinatlas window that has it open.</source>
        <translation>Bu atlas salt okunur açık, bu yüzden ekibin değişikliklerini alamaz: onu açmış olan Twinatlas penceresinden eşitleyin.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>This atlas is kept with another team atlas (last synced with %1), not with %2. To sync it with %2, disconnect it from the other first; its rows and your changes stay.</source>
        <translation>Bu atlas %2 ile değil, başka bir ekip atlasıyla tutuluyor (son eşitleme %1 ile). %2 ile eşitlemek için önce diğerinden bağlantısını kesin; satırları ve değişiklikleriniz kalır.</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>The atlas changed during the sync.</source>
        <translation>Atlas eşitleme sırasında değişti.</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>The atlas kept changing during the sync; sync again.</source>
        <translation>Atlas eşitleme sırasında değişip durdu; yeniden eşitleyin.</translation>
    </message>
    <message>
        <location line="+182"/>
        <source>The team&apos;s version cannot be taken: it refers to rows this atlas does not have, or rows here still need this one.</source>
        <translation>Ekibin sürümü alınamıyor: bu atlasta olmayan satırlara başvuruyor ya da buradaki satırların hâlâ buna ihtiyacı var.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The atlas changed meanwhile; choose again.</source>
        <translation>Atlas bu arada değişti; yeniden seçin.</translation>
    </message>
</context>
<context>
    <name>twinatlas::TeamSyncReport</name>
    <message numerus="yes">
        <location filename="../app/core/team/teamsyncreport.cpp" line="+24"/>
        <source>%Ln place(s)</source>
        <translation>
            <numerusform>%Ln yer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln source(s)</source>
        <translation>
            <numerusform>%Ln kaynak</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln partnership(s)</source>
        <translation>
            <numerusform>%Ln ortaklık</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln event(s)</source>
        <translation>
            <numerusform>%Ln olay</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln cited source(s)</source>
        <translation>
            <numerusform>%Ln atıf yapılan kaynak</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln postcard(s)</source>
        <translation>
            <numerusform>%Ln kartpostal</numerusform>
        </translation>
    </message>
    <message>
        <location line="+34"/>
        <source>nothing new came in</source>
        <translation>yeni bir şey gelmedi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 came in</source>
        <translation>gelen: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln change(s) sent</source>
        <translation>
            <numerusform>%Ln değişiklik gönderildi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln change(s) wait for the next sync</source>
        <translation>
            <numerusform>%Ln değişiklik sonraki eşitlemeyi bekliyor</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln team row(s) this atlas cannot take yet</source>
        <translation>
            <numerusform>bu atlasın henüz alamadığı %Ln ekip satırı</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln conflict(s) to settle</source>
        <translation>
            <numerusform>çözülecek %Ln çakışma</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>twinatlas::TextDecoder</name>
    <message>
        <location filename="../app/core/io/textdecoder.cpp" line="+63"/>
        <source>the line is longer than %1 characters; this is not a list of places</source>
        <translation>satır %1 karakterden uzun; bu bir yer listesi değil</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>NUL byte: this is a binary file, or UTF-16 without a byte order mark</source>
        <translation>NUL baytı: bu ikili bir dosya ya da bayt sırası işareti olmayan UTF-16</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>the file ends inside a UTF-8 character: it is truncated</source>
        <translation>dosya bir UTF-8 karakterinin ortasında bitiyor: kesik</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>invalid UTF-8 (byte 0x%1)</source>
        <translation>geçersiz UTF-8 (bayt 0x%1)</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>byte 0x%1 is neither UTF-8 nor a Windows-1252 character</source>
        <translation>0x%1 baytı ne UTF-8 ne de bir Windows-1252 karakteri</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>the file ends inside a UTF-16 character: it is truncated</source>
        <translation>dosya bir UTF-16 karakterinin ortasında bitiyor: kesik</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>NUL character: this is a binary file</source>
        <translation>NUL karakteri: bu ikili bir dosya</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+9"/>
        <source>invalid UTF-16 (an unpaired surrogate)</source>
        <translation>geçersiz UTF-16 (eşleşmemiş vekil)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>the file is larger than %1 MB; split it</source>
        <translation>dosya %1 MB&apos;tan büyük; bölün</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>byte 0x%1 is not UTF-8, but the file is UTF-8 at line %2, column %3: it mixes two encodings; save it in one (UTF-8), or choose its encoding</source>
        <translation>0x%1 baytı UTF-8 değil, ama dosya %2. satır, %3. sütunda UTF-8: iki kodlamayı karıştırıyor; tek bir kodlamayla (UTF-8) kaydedin ya da kodlamasını seçin</translation>
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
        <translation>Bu ortaklık için kayıtlı olay yok.</translation>
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
        <translation>Kaynak: %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&lt;a href=&quot;edit&quot;&gt;Edit&lt;/a&gt;</source>
        <translation>&lt;a href=&quot;edit&quot;&gt;Düzenle&lt;/a&gt;</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&lt;a href=&quot;remove&quot;&gt;Remove&lt;/a&gt;</source>
        <translation>&lt;a href=&quot;remove&quot;&gt;Kaldır&lt;/a&gt;</translation>
    </message>
</context>
<context>
    <name>twinatlas::UpgradeReport</name>
    <message>
        <location filename="../app/core/db/upgradereport.cpp" line="+25"/>
        <source>Your atlas could not be updated to the new data; it is as it was. %1</source>
        <translation>Atlasınız yeni verilerle güncellenemedi; olduğu gibi duruyor. %1</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n new partnership(s)</source>
        <translation>
            <numerusform>%n yeni ortaklık</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n new place(s)</source>
        <translation>
            <numerusform>%n yeni yer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n new event(s)</source>
        <translation>
            <numerusform>%n yeni olay</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n corrected</source>
        <translation>
            <numerusform>%n düzeltme</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n removed</source>
        <translation>
            <numerusform>%n kaldırıldı</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The atlas data was updated to %1: %2; your %n edit(s) kept.</source>
        <translation>
            <numerusform>Atlas verileri %1 sürümüne güncellendi: %2; %n düzenlemeniz korundu.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The atlas data was updated to %1: %2.</source>
        <translation>Atlas verileri %1 sürümüne güncellendi: %2.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n row(s) the new data drops are kept because your entries use them.</source>
        <translation>
            <numerusform>Yeni verilerin çıkardığı %n satır, kayıtlarınız onları kullandığı için korundu.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A copy of your atlas from before is at %1.</source>
        <translation>Atlasınızın önceki bir kopyası şurada: %1.</translation>
    </message>
</context>
<context>
    <name>twinatlas::WhereCommand</name>
    <message>
        <location filename="../app/cli/wherecommand.cpp" line="+54"/>
        <source>Prints the place with partnerships nearest to a position: the last valid fix of an NMEA log, or a longitude and latitude. Then its partnerships, as query prints them.</source>
        <translation>Bir konuma en yakın, ortaklığı olan yeri yazdırır: bir NMEA günlüğündeki son geçerli konum ya da bir boylam ve enlem. Ardından query&apos;nin yazdırdığı gibi ortaklıklarını yazdırır.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>An NMEA log (a GPS receiver&apos;s sentences) whose last valid fix is the position.</source>
        <translation>Son geçerli konumu, konum olarak kullanılan bir NMEA günlüğü (bir GPS alıcısının cümleleri).</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+6"/>
        <source>FILE</source>
        <translation>DOSYA</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>The longitude, in degrees east.</source>
        <translation>Doğu yönünde derece cinsinden boylam.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>DEG</source>
        <translation>DERECE</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>The latitude, in degrees north.</source>
        <translation>Kuzey yönünde derece cinsinden enlem.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The atlas file to read.</source>
        <translation>Okunacak atlas dosyası.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>unexpected argument “%1”</source>
        <translation>beklenmeyen bağımsız değişken “%1”</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>give either --nmea FILE or --lon DEG --lat DEG</source>
        <translation>--nmea DOSYA ya da --lon DERECE --lat DERECE verin</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 holds no valid position fix (%2).</source>
        <translation>%1 içinde geçerli bir konum yok (%2).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: used the last valid fix, on line %2 (%3).</source>
        <translation>%1: %2. satırdaki son geçerli konum kullanıldı (%3).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>give both --lon and --lat</source>
        <translation>hem --lon hem de --lat verin</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--lon takes degrees from -180 to 180, not “%1”</source>
        <translation>--lon -180 ile 180 arasında derece alır, “%1” değil</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--lat takes degrees from -90 to 90, not “%1”</source>
        <translation>--lat -90 ile 90 arasında derece alır, “%1” değil</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the atlas holds no place with partnerships</source>
        <translation>atlasta ortaklığı olan bir yer yok</translation>
    </message>
</context>
<context>
    <name>twinatlas::WikidataActions</name>
    <message>
        <location filename="../app/ui/wikidataactions.cpp" line="+28"/>
        <source>Get partnerships from &amp;Wikidata…</source>
        <translation>&amp;Wikidata’dan ortaklıkları al…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add the twinnings Wikidata records for the world, a country or the selected place</source>
        <translation>Wikidata’nın dünya, bir ülke ya da seçili yer için kaydettiği kardeş şehir ilişkilerini ekle</translation>
    </message>
</context>
<context>
    <name>twinatlas::WikidataBatch</name>
    <message>
        <location filename="../app/core/wikidata/wikidatabatch.cpp" line="+100"/>
        <source>(more warnings left out)</source>
        <translation>(diğer uyarılar atlandı)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the answer has no “%1” column: it is not the answer to Twinatlas&apos;s query</source>
        <translation>yanıtta “%1” sütunu yok: Twinatlas’ın sorgusunun yanıtı değil</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>row %1 of the answer is not a Wikidata statement on an item</source>
        <translation>yanıtın %1. satırı bir öğe üzerine Wikidata ifadesi değil</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>row %1 of the answer: statement %2 is not on %3</source>
        <translation>yanıtın %1. satırı: %2 ifadesi %3 üzerinde değil</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>statement %1 names no item as twin; left out</source>
        <translation>%1 ifadesi kardeş olarak bir öğe adlandırmıyor; atlandı</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>statement %1 names its own item as twin; left out</source>
        <translation>%1 ifadesi kendi öğesini kardeş olarak adlandırıyor; atlandı</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>statement %1: the date “%2” (precision %3) is left out</source>
        <translation>%1 ifadesi: “%2” tarihi (kesinlik %3) atlandı</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1: the coordinates “%2” are left out</source>
        <translation>%1: “%2” koordinatları atlandı</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: the GeoNames ID “%2” is left out</source>
        <translation>%1: “%2” GeoNames kimliği atlandı</translation>
    </message>
</context>
<context>
    <name>twinatlas::WikidataCommand</name>
    <message>
        <location filename="../app/cli/wikidatacommand.cpp" line="+49"/>
        <source>Gets the twinnings (“twinned administrative body”, P190) of the world, a country or a place from Wikidata and adds them to the atlas in one step. Each place is resolved against the gazetteer; doubtful ones are left out and reported. Run again, it brings what changed since the last fetch; your own edits are kept.</source>
        <translation>Dünyanın, bir ülkenin ya da bir yerin kardeş şehir ilişkilerini (P190 özelliği) Wikidata’dan alır ve tek adımda atlasa ekler. Her yer, yer adları dizininde aranır; şüpheli olanlar atlanır ve bildirilir. Yeniden çalıştırıldığında son alımdan bu yana nelerin değiştiğini getirir; kendi düzenlemeleriniz korunur.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The whole world, country by country (the default).</source>
        <translation>Tüm dünya, ülke ülke (varsayılan).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One country, by its ISO 3166-1 code, e.g. DE or PL.</source>
        <translation>ISO 3166-1 koduyla bir ülke, örneğin DE ya da PL.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CODE</source>
        <translation>KOD</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One place of the atlas, by name.</source>
        <translation>Atlastaki bir yer, adıyla.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>NAME</source>
        <translation>AD</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The SPARQL endpoint over Wikidata (default: %1, or the one chosen in Preferences).</source>
        <translation>Wikidata üzerindeki SPARQL uç noktası (varsayılan: %1 ya da Tercihler’de seçilen).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The language of the place names kept from Wikidata&apos;s labels (default: the interface language).</source>
        <translation>Wikidata etiketlerinden alınan yer adlarının dili (varsayılan: arayüz dili).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>LANG</source>
        <translation>DİL</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give up a request after this many seconds of silence (default: 120).</source>
        <translation>Bu kadar saniye sessizlikten sonra isteği bırak (varsayılan: 120).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SECONDS</source>
        <translation>SANİYE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fetch, resolve and report; write nothing.</source>
        <translation>Al, çöz ve raporla; hiçbir şey yazma.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write every statement and what became of it as CSV.</source>
        <translation>Her ifadeyi ve ona ne olduğunu CSV olarak yaz.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The atlas file to add to.</source>
        <translation>Eklenecek atlas dosyası.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>FILE</source>
        <translation>DOSYA</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>unexpected “%1”; name a country with --country, a place with --place.</source>
        <translation>beklenmeyen “%1”; bir ülkeyi --country, bir yeri --place ile belirtin.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>give one of --all, --country and --place.</source>
        <translation>--all, --country ve --place seçeneklerinden yalnızca birini verin.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--endpoint takes an http or https URL, such as %1.</source>
        <translation>--endpoint, %1 gibi bir http ya da https URL’si alır.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--timeout takes seconds, from 1 to 3600.</source>
        <translation>--timeout 1 ile 3600 arasında saniye alır.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>no place is called “%1”.</source>
        <translation>“%1” adında bir yer yok.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the atlas has no countries to ask for.</source>
        <translation>atlasta sorulacak ülke yok.</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%1 (%2 of %3): %n statements so far</source>
        <translation>
            <numerusform>%1 (%2/%3): şimdiye kadar %n ifade</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%1; waiting %n seconds.</source>
        <translation>
            <numerusform>%1; %n saniye bekleniyor.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 Nothing was changed.</source>
        <translation>%1 Hiçbir şey değiştirilmedi.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>cannot write the report %1: %2</source>
        <translation>%1 raporu yazılamıyor: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Nothing was written: %1</source>
        <translation>Hiçbir şey yazılmadı: %1</translation>
    </message>
</context>
<context>
    <name>twinatlas::WikidataDialog</name>
    <message>
        <location filename="../app/ui/wikidatadialog.cpp" line="+56"/>
        <source>Save &amp;report…</source>
        <translation>&amp;Raporu kaydet…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Get</source>
        <translation>&amp;Al</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add to the atlas</source>
        <translation>Atlasa &amp;ekle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Get partnerships from Wikidata</source>
        <translation>Wikidata’dan ortaklıkları al</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Ask Wikidata now; nothing is added before you have seen what it brings</source>
        <translation>Wikidata’ya şimdi sor; ne getirdiğini görmeden hiçbir şey eklenmez</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write what the review shows into the atlas, as one step that Undo takes back</source>
        <translation>İncelemede gösterileni, Geri al ile geri alınabilecek tek bir adım olarak atlasa yaz</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save every statement and what became of it as CSV</source>
        <translation>Her ifadeyi ve ona ne olduğunu CSV olarak kaydet</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Save report</source>
        <translation>Raporu kaydet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>wikidata-report.csv</source>
        <translation>wikidata-raporu.csv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV dosyaları (*.csv)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Report not saved</source>
        <translation>Rapor kaydedilmedi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Asking Wikidata for %1 (%2 of %3)…</source>
        <translation>Wikidata’ya %1 soruluyor (%2/%3)…</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n twinning statements so far</source>
        <translation>
            <numerusform>şimdiye kadar %n kardeş şehir ifadesi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1; trying again in %n seconds.</source>
        <translation>
            <numerusform>%1; %n saniye sonra yeniden denenecek.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Loading the gazetteer…</source>
        <translation>Yer adları dizini yükleniyor…</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Finding %n places in the gazetteer…</source>
        <translation>
            <numerusform>%n yer, yer adları dizininde aranıyor…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Get the twinnings recorded in Wikidata</source>
        <translation>Wikidata’da kayıtlı kardeş şehir ilişkilerini al</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Wikidata, the free knowledge base anyone can edit, records most of the world&apos;s twinnings (“twinned administrative body”), with the start and end dates it knows. Twinatlas asks it for them, finds each town in its gazetteer and shows you what is new before anything is added. Asked again later, it brings what changed; your own edits are kept.</source>
        <translation>Herkesin düzenleyebildiği özgür bilgi tabanı Wikidata, dünyadaki kardeş şehir ilişkilerinin çoğunu (P190 özelliği) bildiği başlangıç ve bitiş tarihleriyle kaydeder. Twinatlas bunları ondan ister, her şehri kendi yer adları dizininde bulur ve bir şey eklenmeden önce neyin yeni olduğunu gösterir. Daha sonra yeniden sorulduğunda neyin değiştiğini getirir; kendi düzenlemeleriniz korunur.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The whole &amp;world, country by country (a few minutes)</source>
        <translation>Tüm &amp;dünya, ülke ülke (birkaç dakika)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One &amp;country:</source>
        <translation>Bir ü&amp;lke:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The selected &amp;place (choose one on the map or in the list first)</source>
        <translation>Seçili &amp;yer (önce haritada ya da listede birini seçin)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The selected &amp;place: %1 (not in GeoNames, so not to be found in Wikidata by it; choose its country)</source>
        <translation>Seçili &amp;yer: %1 (GeoNames’te yok, bu yüzden Wikidata’da onunla bulunamaz; ülkesini seçin)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The selected &amp;place: %1</source>
        <translation>Seçili &amp;yer: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Asks %1, the service set in Preferences.</source>
        <translation>Tercihler’de ayarlı hizmet olan %1 sorgulanır.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Last fetched on %1: %2.</source>
        <translation>Son alım %1: %2.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Partnership</source>
        <translation>Ortaklık</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What</source>
        <translation>Ne</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Changes</source>
        <translation>Değişiklikler</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+150"/>
        <source>Places</source>
        <translation>Yerler</translation>
    </message>
    <message>
        <location line="-90"/>
        <source>Asking Wikidata…</source>
        <translation>Wikidata’ya soruluyor…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cancelled; nothing was changed.</source>
        <translation>İptal edildi; hiçbir şey değiştirilmedi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1
Nothing was changed.</source>
        <translation>%1
Hiçbir şey değiştirilmedi.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>New</source>
        <translation>Yeni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dates changed in Wikidata</source>
        <translation>Wikidata’da değişen tarihler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kept as in your atlas</source>
        <translation>Atlasınızdaki gibi korunanlar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No longer in Wikidata: tick those to remove</source>
        <translation>Artık Wikidata’da yok: kaldırılacakları işaretleyin</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tick to remove this partnership from the atlas</source>
        <translation>Bu ortaklığı atlastan kaldırmak için işaretleyin</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… ve %n tane daha</numerusform>
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
        <translation>Yeni bir şey yok: atlasta Wikidata’nın listelediği zaten var.</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n new partnerships</source>
        <translation>
            <numerusform>%n yeni ortaklık</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n confirmed</source>
        <translation>
            <numerusform>%n doğrulandı</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n with changed dates</source>
        <translation>
            <numerusform>tarihleri değişen %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n kept as in your atlas</source>
        <translation>
            <numerusform>atlasınızdaki gibi korunan %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n no longer in Wikidata</source>
        <translation>
            <numerusform>artık Wikidata’da olmayan %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>From %n twinning statements: %1.</source>
        <translation>
            <numerusform>%n kardeş şehir ifadesinden: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n places new to the atlas are added at Wikidata&apos;s coordinates.</source>
        <translation>
            <numerusform>Atlas için yeni %n yer, Wikidata’nın koordinatlarına eklenir.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n places could not be placed for sure: see Places; what you leave undecided is left out, and asked again next time.</source>
        <translation>
            <numerusform>%n yer kesin olarak yerleştirilemedi: Yerler’e bakın; karara bağlamadığınız şeyler atlanır ve bir dahaki sefere yeniden sorulur.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Places (%n to decide)</source>
        <translation>
            <numerusform>Yerler (%n karar bekliyor)</numerusform>
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
        <translation>Hiçbir şey eklenmedi</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Wikidata has nothing new for the atlas.</source>
        <translation>Wikidata’da atlas için yeni bir şey yok.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Added %n partnerships from Wikidata</source>
        <translation>
            <numerusform>Wikidata’dan %n ortaklık eklendi</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 cannot be written: %2</source>
        <translation>%1 yazılamıyor: %2</translation>
    </message>
</context>
<context>
    <name>twinatlas::WikidataFetch</name>
    <message>
        <location filename="../app/core/wikidata/wikidatafetch.cpp" line="+129"/>
        <source>“%1” is not the http or https address of a SPARQL endpoint.</source>
        <translation>“%1” bir SPARQL uç noktasının http ya da https adresi değil.</translation>
    </message>
    <message>
        <location line="+123"/>
        <source>The answer of %1 for %2 is larger than %3 MB; none of it is used.</source>
        <translation>%1 hizmetinin %2 için yanıtı %3 MB’tan büyük; hiçbiri kullanılmıyor.</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%1 did not answer for %n seconds</source>
        <translation>
            <numerusform>%1 %n saniye boyunca yanıt vermedi</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The connection to %1 broke off: %2</source>
        <translation>%1 ile bağlantı koptu: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 could not be found: there is no network, or the address is wrong (%2).</source>
        <translation>%1 bulunamadı: ağ yok ya da adres yanlış (%2).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The proxy %1 would not connect to %2: %3</source>
        <translation>%1 vekil sunucusu %2 ile bağlantı kurmadı: %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 could not be reached: %2</source>
        <translation>%1 hizmetine ulaşılamadı: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%1 is busy and asks to wait %n minutes; try again later.</source>
        <translation>
            <numerusform>%1 meşgul ve %n dakika beklemeyi istiyor; daha sonra yeniden deneyin.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 asks for a pause (too many requests)</source>
        <translation>%1 ara vermeyi istiyor (çok fazla istek)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is busy (service unavailable)</source>
        <translation>%1 meşgul (hizmet kullanılamıyor)</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+4"/>
        <source>%1 answered %2 %3 for %4: %5</source>
        <translation>%1, %4 için %2 %3 yanıtını verdi: %5</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 answered for %2 with %3, not with SPARQL results in JSON: %4</source>
        <translation>%1, %2 için SPARQL JSON sonuçlarıyla değil %3 ile yanıt verdi: %4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no content type</source>
        <translation>türü belirtilmemiş içerik</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%1 (tried %n times).</source>
        <translation>
            <numerusform>%1 (%n kez denendi).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+43"/>
        <source>The answer of %1 for %2 is broken: %3</source>
        <translation>%1 hizmetinin %2 için yanıtı bozuk: %3</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The fetch was cancelled; nothing was changed.</source>
        <translation>Alım iptal edildi; hiçbir şey değiştirilmedi.</translation>
    </message>
</context>
<context>
    <name>twinatlas::WikidataRunner</name>
    <message>
        <location filename="../app/ui/wikidatarunner.cpp" line="+82"/>
        <location line="+21"/>
        <source>The fetch was cancelled; nothing was changed.</source>
        <translation>Alım iptal edildi; hiçbir şey değiştirilmedi.</translation>
    </message>
</context>
<context>
    <name>twinatlas::WikidataScope</name>
    <message>
        <location filename="../app/core/wikidata/wikidatascope.cpp" line="+84"/>
        <source>the whole world</source>
        <translation>tüm dünya</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>“%1” is not an ISO 3166-1 country code such as DE or PL.</source>
        <translation>“%1”, DE ya da PL gibi bir ISO 3166-1 ülke kodu değil.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 has no GeoNames ID to find it in Wikidata by; get its country instead.</source>
        <translation>%1 için Wikidata’da bulunmasını sağlayacak bir GeoNames kimliği yok; bunun yerine ülkesini alın.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+10"/>
        <source>The atlas could not be read: it %1</source>
        <translation>Atlas okunamadı: %1</translation>
    </message>
</context>
<context>
    <name>twinatlas::WikidataUpdate</name>
    <message>
        <location filename="../app/core/wikidata/wikidataupdate.cpp" line="+72"/>
        <source>no dates</source>
        <translation>tarih yok</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>since %1</source>
        <translation>%1 tarihinden beri</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>until %1</source>
        <translation>%1 tarihine kadar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 to %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The atlas could not be read: it %1</source>
        <translation>Atlas okunamadı: %1</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>The atlas could not be read: partnership %1 vanished.</source>
        <translation>Atlas okunamadı: %1 ortaklığı kayboldu.</translation>
    </message>
    <message>
        <location line="+137"/>
        <source>Wikidata: %1 (%2), twinned administrative body %3 (%4)</source>
        <translation>Wikidata: %1 (%2), kardeş şehri %3 (%4)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The fetch was cancelled; nothing was changed.</source>
        <translation>Alım iptal edildi; hiçbir şey değiştirilmedi.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the place of Wikidata&apos;s %1 at an earlier fetch</source>
        <translation>Wikidata’daki %1 öğesinin önceki bir alımdaki yeri</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>You removed this partnership; Wikidata still lists it. It stays removed.</source>
        <translation>Bu ortaklığı siz kaldırdınız; Wikidata hâlâ listeliyor. Kaldırılmış olarak kalır.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>none</source>
        <translation>yok</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the atlas&apos;s start date, %1 (Wikidata now says %2)</source>
        <translation>atlastaki başlangıç tarihi, %1 (Wikidata artık %2 diyor)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the atlas&apos;s end date, %1 (Wikidata now says %2)</source>
        <translation>atlastaki bitiş tarihi, %1 (Wikidata artık %2 diyor)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the atlas&apos;s dates, which Wikidata&apos;s new ones (%1) contradict</source>
        <translation>Wikidata’nın yeni tarihlerinin (%1) çeliştiği atlas tarihleri</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1, was %2</source>
        <translation>%1, önceden %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Kept: %1.</source>
        <translation>Korundu: %1.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Wikidata no longer lists this twinning.</source>
        <translation>Wikidata bu kardeş şehir ilişkisini artık listelemiyor.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wikidata no longer lists this twinning (not found since %1).</source>
        <translation>Wikidata bu kardeş şehir ilişkisini artık listelemiyor (%1 tarihinden beri bulunamıyor).</translation>
    </message>
</context>
<context>
    <name>twinatlas::WriteSession</name>
    <message>
        <location filename="../app/core/edit/writesession.cpp" line="+79"/>
        <source>The change could not be saved: %1</source>
        <translation>Değişiklik kaydedilemedi: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1: refers to a row that no earlier step of this change adds.</source>
        <translation>%1: bu değişikliğin önceki hiçbir adımının eklemediği bir satıra atıf yapıyor.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The placeholder id %1 is used for two new rows.</source>
        <translation>Geçici kimlik %1 iki yeni satır için kullanılıyor.</translation>
    </message>
    <message>
        <location line="+120"/>
        <location line="+76"/>
        <source>The change could not be saved: the atlas %1.</source>
        <translation>Değişiklik kaydedilemedi: atlas %1.</translation>
    </message>
    <message>
        <location line="-71"/>
        <source>The search index could not be updated: %1</source>
        <translation>Arama dizini güncellenemedi: %1</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>There is no place %1 to change.</source>
        <translation>Değiştirilecek %1 yeri yok.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>An alternate name is changed by removing it and adding the new one.</source>
        <translation>Alternatif ad, kaldırılıp yenisi eklenerek değiştirilir.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The place has no alternate name “%1”.</source>
        <translation>Yerin “%1” diye bir alternatif adı yok.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>There is no partnership %1 to remove.</source>
        <translation>Kaldırılacak %1 ortaklığı yok.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>There is no partnership %1 to change.</source>
        <translation>Değiştirilecek %1 ortaklığı yok.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>There is no event %1 to remove.</source>
        <translation>Kaldırılacak %1 olayı yok.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>There is no event %1 to change.</source>
        <translation>Değiştirilecek %1 olayı yok.</translation>
    </message>
    <message>
        <location line="+52"/>
        <location line="+52"/>
        <location line="+29"/>
        <source>There is no source %1.</source>
        <translation>%1 diye bir kaynak yok.</translation>
    </message>
    <message>
        <location line="-37"/>
        <location line="+29"/>
        <source>A cited source is changed by removing it and adding another.</source>
        <translation>Atıf yapılan bir kaynak, kaldırılıp başkası eklenerek değiştirilir.</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>There is no partnership %1.</source>
        <translation>%1 diye bir ortaklık yok.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The partnership already cites this source.</source>
        <translation>Ortaklık bu kaynağa zaten atıf yapıyor.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The partnership does not cite this source.</source>
        <translation>Ortaklık bu kaynağa atıf yapmıyor.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>There is no event %1.</source>
        <translation>%1 diye bir olay yok.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The event already cites this source.</source>
        <translation>Olay bu kaynağa zaten atıf yapıyor.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The event does not cite this source.</source>
        <translation>Olay bu kaynağa atıf yapmıyor.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+7"/>
        <source>The partner is not on the checklist.</source>
        <translation>Ortak listede değil.</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>The partner is already on the checklist.</source>
        <translation>Ortak zaten listede.</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+6"/>
        <source>The place has no name in “%1”.</source>
        <translation>Yerin “%1” dilinde adı yok.</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>The place already has a name in “%1”.</source>
        <translation>Yerin “%1” dilinde zaten bir adı var.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A place&apos;s name cannot be empty.</source>
        <translation>Bir yerin adı boş olamaz.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This row is already there.</source>
        <translation>Bu satır zaten var.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no row to change.</source>
        <translation>Değiştirilecek satır yok.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no row to remove.</source>
        <translation>Kaldırılacak satır yok.</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+4"/>
        <source>There is no tombstone for %1.</source>
        <translation>%1 için silme kaydı yok.</translation>
    </message>
</context>
</TS>
