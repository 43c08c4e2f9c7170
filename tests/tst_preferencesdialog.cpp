// SPDX-License-Identifier: GPL-3.0-or-later
// Preferences ▸ Location: the dialog shows the setting, OK writes the choice, Cancel does not,
// and an NMEA source without a name cannot be chosen. Preferences ▸ Language: every compiled
// language is offered by its own name, OK writes the choice, the system's clears it.
// Preferences ▸ Wikidata: the Query Service and no weekly check unless the user says otherwise;
// another endpoint must be an http(s) address; an empty one goes back to the Query Service.
#include "location/positionsourcesetting.h"
#include "preferencesdialog.h"
#include "translators.h"
#include "wikidata/wikidatafetch.h"
#include "wikidata/wikidatasettings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QStandardPaths>
#include <QtTest>

using namespace twinatlas;

class tst_PreferencesDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void showsTheSystemSourceByDefault();
    void okWritesAnNmeaSource();
    void cancelKeepsTheSetting();
    void systemSourceClearsTheSetting();
    void nmeaSourceNeedsAName();
    void languageIsChosenForTheNextStart();
    void wikidataServiceAndWeeklyCheck();
};

namespace {

struct Fields
{
    QRadioButton *system;
    QRadioButton *nmea;
    QLineEdit *path;
    QPushButton *ok;
};

Fields fieldsOf(const PreferencesDialog &dialog)
{
    return {dialog.findChild<QRadioButton *>(QStringLiteral("systemSource")),
            dialog.findChild<QRadioButton *>(QStringLiteral("nmeaSource")),
            dialog.findChild<QLineEdit *>(QStringLiteral("nmeaPath")),
            dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)};
}

} // namespace

void tst_PreferencesDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
}

void tst_PreferencesDialog::showsTheSystemSourceByDefault()
{
    PreferencesDialog dialog;
    const Fields f = fieldsOf(dialog);
    QVERIFY(f.system && f.nmea && f.path && f.ok);
    QVERIFY(f.system->isChecked());
    QVERIFY(!f.path->isEnabled());
    QVERIFY(f.ok->isEnabled());
}

void tst_PreferencesDialog::okWritesAnNmeaSource()
{
    PreferencesDialog dialog;
    const Fields f = fieldsOf(dialog);
    f.nmea->setChecked(true);
    QVERIFY(f.path->isEnabled());
    f.path->setText(QStringLiteral("/dev/ttyACM0"));
    f.ok->click();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(PositionSourceSetting::nmeaSource(), QStringLiteral("/dev/ttyACM0"));

    PreferencesDialog again;
    const Fields g = fieldsOf(again);
    QVERIFY(g.nmea->isChecked());
    QCOMPARE(g.path->text(), QStringLiteral("/dev/ttyACM0"));
}

void tst_PreferencesDialog::cancelKeepsTheSetting()
{
    PositionSourceSetting::setNmeaSource(QStringLiteral("/home/me/trip.nmea"));
    PreferencesDialog dialog;
    const Fields f = fieldsOf(dialog);
    f.path->setText(QStringLiteral("/dev/ttyUSB0"));
    dialog.reject();
    QCOMPARE(PositionSourceSetting::nmeaSource(), QStringLiteral("/home/me/trip.nmea"));
}

void tst_PreferencesDialog::systemSourceClearsTheSetting()
{
    PositionSourceSetting::setNmeaSource(QStringLiteral("/home/me/trip.nmea"));
    PreferencesDialog dialog;
    const Fields f = fieldsOf(dialog);
    QVERIFY(f.nmea->isChecked());
    f.system->setChecked(true);
    f.ok->click();
    QCOMPARE(PositionSourceSetting::nmeaSource(), QString());
}

void tst_PreferencesDialog::nmeaSourceNeedsAName()
{
    PositionSourceSetting::setNmeaSource(QString());
    PreferencesDialog dialog;
    const Fields f = fieldsOf(dialog);
    f.nmea->setChecked(true);
    QVERIFY(!f.ok->isEnabled());
    f.path->setText(QStringLiteral("   "));
    QVERIFY(!f.ok->isEnabled());
    f.path->setText(QStringLiteral("/dev/ttyACM0"));
    QVERIFY(f.ok->isEnabled());
}

void tst_PreferencesDialog::languageIsChosenForTheNextStart()
{
    Translators::setLanguageSetting(QString());
    PreferencesDialog dialog;
    auto *language = dialog.findChild<QComboBox *>(QStringLiteral("language"));
    QVERIFY(language);
    QCOMPARE(language->currentData().toString(), QString()); // the system's
    for (const char *name : {"English", "Deutsch", "Français", "Español", "Türkçe", "Polski"})
        QVERIFY2(language->findText(QString::fromUtf8(name)) >= 0, name);
    language->setCurrentIndex(language->findData(QStringLiteral("de")));
    fieldsOf(dialog).ok->click();
    QCOMPARE(Translators::languageSetting(), QStringLiteral("de"));
    QCOMPARE(Translators::uiLocale().language(), QLocale::German);

    PreferencesDialog again;
    auto *shown = again.findChild<QComboBox *>(QStringLiteral("language"));
    QCOMPARE(shown->currentData().toString(), QStringLiteral("de"));
    shown->setCurrentIndex(0);
    fieldsOf(again).ok->click();
    QCOMPARE(Translators::languageSetting(), QString());
}

void tst_PreferencesDialog::wikidataServiceAndWeeklyCheck()
{
    QCOMPARE(WikidataSettings::endpoint(), WikidataFetch::defaultEndpoint());
    QVERIFY(!WikidataSettings::weeklyCheck());
    {
        PreferencesDialog dialog;
        auto *endpoint = dialog.findChild<QLineEdit *>(QStringLiteral("wikidataEndpoint"));
        auto *weekly = dialog.findChild<QCheckBox *>(QStringLiteral("wikidataWeeklyCheck"));
        QVERIFY(endpoint && weekly);
        QVERIFY(endpoint->text().isEmpty());
        QVERIFY(!weekly->isChecked());
        QPushButton *ok = fieldsOf(dialog).ok;
        endpoint->setText(QStringLiteral("qlever.example.org/api/wikidata"));
        QVERIFY(!ok->isEnabled()); // no scheme: not an address to ask
        endpoint->setText(QStringLiteral("https://qlever.example.org/api/wikidata"));
        QVERIFY(ok->isEnabled());
        weekly->setChecked(true);
        dialog.accept();
    }
    QCOMPARE(WikidataSettings::endpoint(), QUrl(QStringLiteral("https://qlever.example.org/api/wikidata")));
    QVERIFY(WikidataSettings::weeklyCheck());
    {
        PreferencesDialog dialog;
        auto *endpoint = dialog.findChild<QLineEdit *>(QStringLiteral("wikidataEndpoint"));
        QCOMPARE(endpoint->text(), QStringLiteral("https://qlever.example.org/api/wikidata"));
        endpoint->clear();
        dialog.findChild<QCheckBox *>(QStringLiteral("wikidataWeeklyCheck"))->setChecked(false);
        dialog.accept();
    }
    QCOMPARE(WikidataSettings::endpoint(), WikidataFetch::defaultEndpoint());
    QVERIFY(!WikidataSettings::weeklyCheck());
}

QTEST_MAIN(tst_PreferencesDialog)
#include "tst_preferencesdialog.moc"
