// SPDX-License-Identifier: GPL-3.0-or-later
#include "partnershipdialog.h"

#include "datefield.h"
#include "db/atlasschema.h"
#include "edit/editvalidator.h"
#include "partnershiptext.h"
#include "placefield.h"
#include "sourcelisteditor.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace twinatlas {

namespace {

const QString placeA = QStringLiteral("place_a");
const QString placeB = QStringLiteral("place_b");

QComboBox *vocabularyBox(const QStringList &values, QString (*words)(const QString &),
                         QWidget *parent)
{
    auto *box = new QComboBox(parent);
    for (const QString &value : values)
        box->addItem(words(value), value);
    return box;
}

} // namespace

PartnershipDialog::PartnershipDialog(QSqlDatabase db, QWidget *parent)
    : QDialog(parent),
      m_db(db),
      m_place(new PlaceField(db, this)),
      m_partner(new PlaceField(db, this)),
      m_kind(vocabularyBox(AtlasSchema::partnershipKinds(), &PartnershipText::kind, this)),
      m_status(vocabularyBox(AtlasSchema::partnershipStatuses(), &PartnershipText::status, this)),
      m_start(new DateField(this)),
      m_end(new DateField(this)),
      m_note(new QPlainTextEdit(this)),
      m_sources(new SourceListEditor(this)),
      m_general(FormProblems::makeMessageLabel(this))
{
    setObjectName(QStringLiteral("partnershipDialog"));
    setWindowTitle(tr("Add partnership"));
    m_place->setObjectName(QStringLiteral("placeField"));
    m_partner->setObjectName(QStringLiteral("partnerField"));
    m_kind->setObjectName(QStringLiteral("kindBox"));
    m_status->setObjectName(QStringLiteral("statusBox"));
    m_start->setObjectName(QStringLiteral("startField"));
    m_end->setObjectName(QStringLiteral("endField"));
    m_note->setObjectName(QStringLiteral("noteEdit"));
    m_note->setTabChangesFocus(true);
    m_note->setFixedHeight(m_note->fontMetrics().height() * 3 + 12);
    m_note->setPlaceholderText(tr("Anything worth knowing that the dates do not say"));
    m_sources->setObjectName(QStringLiteral("sourceEditor"));
    m_sources->setRequired(true);
    m_general->setObjectName(QStringLiteral("generalProblem"));

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Place:"), m_problems.wrap(m_place, placeA));
    form->addRow(tr("P&artner:"), m_problems.wrap(m_partner, placeB));
    form->addRow(tr("&Kind:"), m_problems.wrap(m_kind, QStringLiteral("kind")));
    form->addRow(tr("S&tatus:"), m_problems.wrap(m_status, QStringLiteral("status")));
    form->addRow(tr("&Start:"), m_problems.wrap(m_start, QStringLiteral("start_date")));
    form->addRow(tr("&End:"), m_problems.wrap(m_end, QStringLiteral("end_date")));
    form->addRow(tr("N&ote:"), m_problems.wrap(m_note, QStringLiteral("note")));
    form->addRow(tr("Sources:"), m_sources);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setObjectName(QStringLiteral("okButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &PartnershipDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PartnershipDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_general);
    layout->addStretch(1);
    layout->addWidget(buttons);
    m_problems.setGeneralLabel(m_general);
    // Room for a place with its region and country, and for a message under a field.
    resize(fontMetrics().height() * 38, sizeHint().height() + fontMetrics().height() * 2);

    for (PlaceField *field : {m_place, m_partner}) {
        connect(field, &PlaceField::placeChanged, this, &PartnershipDialog::validate);
        connect(field, &PlaceField::mapPickRequested, this,
                [this, field] { emit mapPickRequested(field); });
    }
    for (QComboBox *box : {m_kind, m_status})
        connect(box, &QComboBox::currentIndexChanged, this, &PartnershipDialog::validate);
    for (DateField *field : {m_start, m_end})
        connect(field, &DateField::textChanged, this, &PartnershipDialog::validate);
    connect(m_sources, &SourceListEditor::changed, this, &PartnershipDialog::validate);
    validate();
}

PartnershipDialog::~PartnershipDialog() = default;

void PartnershipDialog::setPartnership(const PartnershipRow &row, const QVector<SourceRow> &sources)
{
    m_row = row;
    setWindowTitle(tr("Edit partnership"));
    m_place->setPlaceId(row.placeA);
    m_partner->setPlaceId(row.placeB);
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(row.kind)));
    m_status->setCurrentIndex(std::max(0, m_status->findData(row.status)));
    m_start->setText(row.startDate);
    m_end->setText(row.endDate);
    m_note->setPlainText(row.note);
    m_sources->setSources(sources);
    validate();
}

void PartnershipDialog::setPlaces(qint64 placeId, qint64 partnerId)
{
    m_place->setPlaceId(placeId);
    m_partner->setPlaceId(partnerId);
    (partnerId == 0 && placeId != 0 ? static_cast<QWidget *>(m_partner) : m_place)->setFocus();
    validate();
}

PartnershipRow PartnershipDialog::row() const
{
    PartnershipRow row = m_row;
    row.placeA = m_place->placeId();
    row.placeB = m_partner->placeId();
    row.kind = m_kind->currentData().toString();
    row.status = m_status->currentData().toString();
    row.startDate = m_start->text();
    row.endDate = m_end->text();
    row.note = m_note->toPlainText().trimmed();
    return row;
}

QVector<SourceRow> PartnershipDialog::sources() const
{
    return m_sources->sources();
}

QVector<EditProblem> PartnershipDialog::problems() const
{
    const PartnershipRow r = row();
    QVector<EditProblem> found;
    if (r.placeA == 0)
        found << EditProblem{placeA, tr("Place: choose it from the matches, or on the map."), -1};
    if (r.placeB == 0)
        found << EditProblem{placeB, tr("Partner: choose it from the matches, or on the map."), -1};
    if (r.placeA != 0 && r.placeB != 0) {
        // With both places known, the database's own rules, the duplicate pair included.
        found << EditValidator(m_db).checkPartnership(r);
    } else {
        const auto start = EditValidator::checkDate(QStringLiteral("start_date"), r.startDate);
        const auto end = EditValidator::checkDate(QStringLiteral("end_date"), r.endDate);
        for (const auto &p : {start, end})
            if (p)
                found << *p;
        if (!start && !end)
            if (auto p = EditValidator::checkDateOrder(r.startDate, r.endDate))
                found << *p;
    }
    return found;
}

void PartnershipDialog::validate()
{
    const QVector<EditProblem> found = problems();
    QSet<QString> quiet;
    if (!m_place->isTouched() && m_place->placeId() == 0)
        quiet << placeA;
    if (!m_partner->isTouched() && m_partner->placeId() == 0)
        quiet << placeB;
    m_problems.show(found, quiet);
    const bool sourcesOk = m_sources->check().isEmpty();
    m_ok->setEnabled(found.isEmpty() && sourcesOk);
}

QString PartnershipDialog::problemText(const QString &field) const
{
    const QString own = m_problems.message(field);
    return own.isEmpty() ? m_sources->message(field) : own;
}

void PartnershipDialog::accept()
{
    validate();
    if (!m_ok->isEnabled())
        return;
    if (m_commit) {
        const ApplyResult result = m_commit(*this);
        if (!result.ok) {
            // Mark the fields the atlas names; whatever names no field goes above the buttons.
            m_problems.show(result.problems);
            m_general->setText(result.errorString());
            m_general->show();
            return;
        }
    }
    QDialog::accept();
}

} // namespace twinatlas
