// SPDX-License-Identifier: GPL-3.0-or-later
#include "preferencesdialog.h"

#include "location/positionsourcesetting.h"
#include "placeholderwidth.h"
#include "translators.h"
#include "wikidata/wikidatafetch.h"
#include "wikidata/wikidatasettings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace twinatlas {

PreferencesDialog::PreferencesDialog(QWidget *parent)
    : QDialog(parent),
      m_language(new QComboBox(this)),
      m_systemSource(new QRadioButton(tr("The system's location service"), this)),
      m_nmeaSource(new QRadioButton(tr("An NMEA source:"), this)),
      m_nmeaPath(new QLineEdit(this)),
      m_browse(new QPushButton(tr("&Browse…"), this)),
      m_endpoint(new QLineEdit(this)),
      m_weeklyCheck(new QCheckBox(tr("Look for changes in Wikidata once a week, at start"), this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Preferences"));
    m_systemSource->setObjectName(QStringLiteral("systemSource"));
    m_nmeaSource->setObjectName(QStringLiteral("nmeaSource"));
    m_nmeaPath->setObjectName(QStringLiteral("nmeaPath"));
    m_nmeaPath->setPlaceholderText(tr("/dev/ttyACM0 or a log file"));
    fitPlaceholder(m_nmeaPath);
    m_nmeaPath->setClearButtonEnabled(true);

    m_language->setObjectName(QStringLiteral("language"));
    //: The first choice of Preferences ▸ Language: the desktop's language, whichever it is.
    m_language->addItem(tr("The system's language"), QString());
    // Each language by its own name, as its speakers look for it.
    for (const QString &code : Translators::availableLanguages())
        m_language->addItem(Translators::nativeName(code), code);
    const int current = m_language->findData(Translators::languageSetting());
    m_language->setCurrentIndex(current < 0 ? 0 : current);
    auto *language = new QGroupBox(tr("Language"), this);
    auto *languageHint = new QLabel(tr("A new language applies when Twinatlas starts again."), language);
    languageHint->setWordWrap(true);
    languageHint->setEnabled(false); // greyed, as a hint is
    auto *languageLayout = new QVBoxLayout(language);
    languageLayout->addWidget(m_language);
    languageLayout->addWidget(languageHint);

    auto *location = new QGroupBox(tr("Location"), this);
    auto *intro = new QLabel(tr("Where Go ▸ My location finds your position."), location);
    intro->setWordWrap(true);
    auto *hint = new QLabel(tr("A GPS receiver's serial device is read live; of a log file of "
                               "NMEA sentences, the last valid fix is used."),
                            location);
    hint->setWordWrap(true);
    hint->setEnabled(false); // greyed, as a hint is
    auto *grid = new QGridLayout(location);
    grid->addWidget(intro, 0, 0, 1, 3);
    grid->addWidget(m_systemSource, 1, 0, 1, 3);
    grid->addWidget(m_nmeaSource, 2, 0);
    grid->addWidget(m_nmeaPath, 2, 1);
    grid->addWidget(m_browse, 2, 2);
    grid->addWidget(hint, 3, 1, 1, 2);
    grid->setColumnStretch(1, 1);

    auto *wikidata = new QGroupBox(tr("Wikidata"), this);
    m_endpoint->setObjectName(QStringLiteral("wikidataEndpoint"));
    m_endpoint->setPlaceholderText(WikidataFetch::defaultEndpoint().toString());
    fitPlaceholder(m_endpoint);
    m_endpoint->setClearButtonEnabled(true);
    const QUrl endpoint = WikidataSettings::endpoint();
    if (endpoint != WikidataFetch::defaultEndpoint())
        m_endpoint->setText(endpoint.toString());
    m_weeklyCheck->setObjectName(QStringLiteral("wikidataWeeklyCheck"));
    m_weeklyCheck->setChecked(WikidataSettings::weeklyCheck());
    auto *endpointHint = new QLabel(tr("Any SPARQL endpoint over Wikidata, such as a QLever instance or "
                                       "your own; empty for the Wikidata Query Service."),
                                    wikidata);
    endpointHint->setWordWrap(true);
    endpointHint->setEnabled(false); // greyed, as a hint is
    auto *weeklyHint = new QLabel(tr("Asks again for what the last fetch asked for, and shows what "
                                     "changed before anything is added."),
                                  wikidata);
    weeklyHint->setWordWrap(true);
    weeklyHint->setEnabled(false);
    auto *wikidataLayout = new QGridLayout(wikidata);
    wikidataLayout->addWidget(new QLabel(tr("Service:"), wikidata), 0, 0);
    wikidataLayout->addWidget(m_endpoint, 0, 1);
    wikidataLayout->addWidget(endpointHint, 1, 1);
    wikidataLayout->addWidget(m_weeklyCheck, 2, 0, 1, 2);
    wikidataLayout->addWidget(weeklyHint, 3, 0, 1, 2);
    wikidataLayout->setColumnStretch(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(language);
    layout->addWidget(location);
    layout->addWidget(wikidata);
    layout->addStretch();
    layout->addWidget(m_buttons);

    const QString source = PositionSourceSetting::nmeaSource();
    m_nmeaPath->setText(source);
    (source.isEmpty() ? m_systemSource : m_nmeaSource)->setChecked(true);

    connect(m_systemSource, &QRadioButton::toggled, this, &PreferencesDialog::updateState);
    connect(m_nmeaPath, &QLineEdit::textChanged, this, &PreferencesDialog::updateState);
    connect(m_endpoint, &QLineEdit::textChanged, this, &PreferencesDialog::updateState);
    connect(m_browse, &QPushButton::clicked, this, &PreferencesDialog::browse);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &PreferencesDialog::reject);
    updateState();
    resize(sizeHint().expandedTo(QSize(520, 0)));
}

void PreferencesDialog::accept()
{
    Translators::setLanguageSetting(m_language->currentData().toString());
    PositionSourceSetting::setNmeaSource(m_nmeaSource->isChecked() ? m_nmeaPath->text()
                                                                   : QString());
    WikidataSettings::setEndpoint(QUrl(m_endpoint->text().trimmed(), QUrl::StrictMode));
    WikidataSettings::setWeeklyCheck(m_weeklyCheck->isChecked());
    QDialog::accept();
}

void PreferencesDialog::browse()
{
    const QString path = QFileDialog::getOpenFileName(
            this, tr("NMEA source"), m_nmeaPath->text(),
            tr("NMEA logs (*.nmea *.nma *.log *.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    m_nmeaPath->setText(path);
    m_nmeaSource->setChecked(true);
}

void PreferencesDialog::updateState()
{
    const bool nmea = m_nmeaSource->isChecked();
    m_nmeaPath->setEnabled(nmea);
    m_browse->setEnabled(nmea);
    // An NMEA source without a name would quietly mean the system's: say it instead.
    const QString endpoint = m_endpoint->text().trimmed();
    const QUrl url(endpoint, QUrl::StrictMode);
    const bool endpointOk = endpoint.isEmpty()
            || (url.isValid() && !url.host().isEmpty()
                && (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http")));
    m_endpoint->setToolTip(endpointOk ? QString() : tr("An http or https address, such as %1")
                                                            .arg(WikidataFetch::defaultEndpoint().toString()));
    m_buttons->button(QDialogButtonBox::Ok)
            ->setEnabled((!nmea || !m_nmeaPath->text().trimmed().isEmpty()) && endpointOk);
}

} // namespace twinatlas
