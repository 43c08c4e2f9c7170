// SPDX-License-Identifier: GPL-3.0-or-later
#include "placedialog.h"

#include "db/atlasschema.h"
#include "db/countrynames.h"
#include "edit/editvalidator.h"
#include "placeholderwidth.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace twinatlas {

namespace {

const QString lonField = QStringLiteral("lon");
const QString latField = QStringLiteral("lat");

/** Every country iso-codes names, by name: the codes are no one's way of finding a country. */
QVector<std::pair<QString, QString>> countries()
{
    QVector<std::pair<QString, QString>> list;
    for (char a = 'A'; a <= 'Z'; ++a) {
        for (char b = 'A'; b <= 'Z'; ++b) {
            const QString code = QString(QLatin1Char(a)) + QLatin1Char(b);
            const QString name = CountryNames::localName(code);
            if (name != code)
                list.append({name, code});
        }
    }
    std::sort(list.begin(), list.end(),
              [](const auto &x, const auto &y) { return x.first.localeAwareCompare(y.first) < 0; });
    return list;
}

QString degreesText(double value)
{
    return QString::number(value, 'f', 5);
}

} // namespace

QString PlaceDialog::kindText(const QString &kind)
{
    if (kind == QLatin1String("city"))
        return tr("City");
    if (kind == QLatin1String("town"))
        return tr("Town or village");
    if (kind == QLatin1String("district"))
        return tr("District");
    if (kind == QLatin1String("region"))
        return tr("Region");
    return kind;
}

PlaceDialog::PlaceDialog(QSqlDatabase db, QWidget *parent)
    : QDialog(parent),
      m_db(db),
      m_name(new QLineEdit(this)),
      m_country(new QComboBox(this)),
      m_kind(new QComboBox(this)),
      m_lon(new QLineEdit(this)),
      m_lat(new QLineEdit(this)),
      m_mapButton(new QToolButton(this)),
      m_general(FormProblems::makeMessageLabel(this))
{
    setObjectName(QStringLiteral("placeDialog"));
    setWindowTitle(tr("Add place"));
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_name->setPlaceholderText(tr("As it is written there, e.g. “Kreuzberg”"));
    m_country->setObjectName(QStringLiteral("countryBox"));
    m_country->addItem(tr("Choose a country"), QString());
    for (const auto &[name, code] : countries())
        m_country->addItem(name, code);
    m_kind->setObjectName(QStringLiteral("kindBox"));
    for (const QString &kind : AtlasSchema::placeKinds())
        m_kind->addItem(kindText(kind), kind);
    m_kind->setCurrentIndex(m_kind->findData(QStringLiteral("town")));
    m_lon->setObjectName(QStringLiteral("lonEdit"));
    m_lon->setPlaceholderText(tr("e.g. 13.40333 (east is positive)"));
    m_lat->setObjectName(QStringLiteral("latEdit"));
    m_lat->setPlaceholderText(tr("e.g. 52.49887 (north is positive)"));
    fitPlaceholder(m_lon);
    fitPlaceholder(m_lat);
    m_mapButton->setObjectName(QStringLiteral("mapButton"));
    m_mapButton->setText(tr("Set on the map"));
    m_mapButton->setToolTip(tr("Click the place on the map to fill in its position"));
    m_general->setObjectName(QStringLiteral("generalProblem"));

    auto *position = new QWidget(this);
    auto *positionLayout = new QHBoxLayout(position);
    positionLayout->setContentsMargins(0, 0, 0, 0);
    positionLayout->addWidget(m_problems.wrap(m_lat, latField), 1);
    positionLayout->addWidget(m_problems.wrap(m_lon, lonField), 1);
    positionLayout->addWidget(m_mapButton, 0, Qt::AlignTop);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Name:"), m_problems.wrap(m_name, QStringLiteral("name")));
    form->addRow(tr("&Country:"), m_problems.wrap(m_country, QStringLiteral("country")));
    form->addRow(tr("&Kind:"), m_problems.wrap(m_kind, QStringLiteral("kind")));
    form->addRow(tr("&Latitude, longitude:"), position);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setObjectName(QStringLiteral("okButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &PlaceDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PlaceDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_general);
    layout->addStretch(1);
    layout->addWidget(buttons);
    m_problems.setGeneralLabel(m_general);
    resize(fontMetrics().height() * 34, sizeHint().height() + fontMetrics().height() * 2);

    for (QLineEdit *edit : {m_name, m_lon, m_lat})
        connect(edit, &QLineEdit::textChanged, this, &PlaceDialog::validate);
    for (QComboBox *box : {m_country, m_kind})
        connect(box, &QComboBox::currentIndexChanged, this, &PlaceDialog::validate);
    connect(m_mapButton, &QToolButton::clicked, this, &PlaceDialog::mapPickRequested);
    validate();
}

PlaceDialog::~PlaceDialog() = default;

void PlaceDialog::setPlace(const PlaceRow &row)
{
    m_row = row;
    setWindowTitle(tr("Edit place"));
    m_name->setText(row.name);
    setCountry(row.country);
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(row.kind)));
    setPosition(LonLat{row.lon, row.lat});
}

void PlaceDialog::setCountry(const QString &alpha2)
{
    m_country->setCurrentIndex(std::max(0, m_country->findData(alpha2)));
}

void PlaceDialog::setPosition(LonLat position)
{
    m_lon->setText(degreesText(position.lon));
    m_lat->setText(degreesText(position.lat));
}

std::optional<double> PlaceDialog::parseDegrees(const QString &text)
{
    bool ok = false;
    const double c = QLocale::c().toDouble(text.trimmed(), &ok);
    if (ok)
        return c;
    const double local = QLocale().toDouble(text.trimmed(), &ok);
    return ok ? std::optional<double>(local) : std::nullopt;
}

PlaceRow PlaceDialog::row() const
{
    PlaceRow row = m_row;
    row.name = m_name->text().trimmed();
    // The stored Latin spelling belongs to the old name; a new one has none yet.
    if (row.name != m_row.name)
        row.asciiName = QString();
    row.country = m_country->currentData().toString();
    row.kind = m_kind->currentData().toString();
    row.lon = parseDegrees(m_lon->text()).value_or(row.lon);
    row.lat = parseDegrees(m_lat->text()).value_or(row.lat);
    return row;
}

void PlaceDialog::validate()
{
    QVector<EditProblem> found;
    const PlaceRow r = row();
    // Typed degrees first: a number that is not one would otherwise be checked as zero.
    bool numbers = true;
    for (const auto &[field, edit] : {std::pair{latField, m_lat}, std::pair{lonField, m_lon}}) {
        const QString text = edit->text().trimmed();
        if (text.isEmpty()) {
            found << EditProblem{field,
                                 tr("%1: give it in degrees, or set the position on the map.")
                                         .arg(EditValidator::fieldLabel(field)),
                                 -1};
            numbers = false;
        } else if (!parseDegrees(text)) {
            found << EditProblem{field,
                                 tr("%1: “%2” is not a number of degrees.")
                                         .arg(EditValidator::fieldLabel(field), text),
                                 -1};
            numbers = false;
        }
    }
    for (const EditProblem &p : EditValidator(m_db).checkPlace(r))
        if (numbers || (p.field != latField && p.field != lonField))
            found << p;
    if (r.country.isEmpty()) {
        // The validator's words are for a code; a list of names needs its own.
        found.erase(std::remove_if(found.begin(), found.end(),
                                   [](const EditProblem &p) {
                                       return p.field == QLatin1String("country");
                                   }),
                    found.end());
        found << EditProblem{QStringLiteral("country"), tr("Country: choose one."), -1};
    }
    QSet<QString> quiet;
    if (m_name->text().isEmpty() && !m_name->isModified())
        quiet << QStringLiteral("name");
    // The country is asked for once the user has started on the form.
    if (r.country.isEmpty() && m_name->text().isEmpty())
        quiet << QStringLiteral("country");
    for (QLineEdit *edit : {m_lat, m_lon})
        if (edit->text().isEmpty() && !edit->isModified())
            quiet << (edit == m_lat ? latField : lonField);
    m_problems.show(found, quiet);
    m_ok->setEnabled(found.isEmpty());
}

void PlaceDialog::accept()
{
    validate();
    if (!m_ok->isEnabled())
        return;
    if (m_commit) {
        const ApplyResult result = m_commit(*this);
        if (!result.ok) {
            m_problems.show(result.problems);
            m_general->setText(result.errorString());
            m_general->show();
            return;
        }
    }
    QDialog::accept();
}

} // namespace twinatlas
