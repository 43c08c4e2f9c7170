// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventdialog.h"

#include "datefield.h"
#include "db/atlasschema.h"
#include "edit/editvalidator.h"
#include "partnershiptext.h"
#include "sourcelisteditor.h"

#include <QComboBox>
#include <QDate>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace twinatlas {

namespace {

const QString dateColumn = QStringLiteral("date");

} // namespace

EventDialog::EventDialog(QWidget *parent)
    : QDialog(parent),
      m_heading(new QLabel(this)),
      m_type(new QComboBox(this)),
      m_date(new DateField(this)),
      m_description(new QPlainTextEdit(this)),
      m_sources(new SourceListEditor(this)),
      m_general(FormProblems::makeMessageLabel(this))
{
    setObjectName(QStringLiteral("eventDialog"));
    setWindowTitle(tr("Add event"));
    m_heading->setObjectName(QStringLiteral("eventHeading"));
    m_heading->setWordWrap(true);
    m_heading->setTextFormat(Qt::PlainText); // it holds the places' names
    QFont bold = m_heading->font();
    bold.setBold(true);
    m_heading->setFont(bold);
    for (const QString &type : AtlasSchema::eventTypes())
        m_type->addItem(PartnershipText::eventType(type), type);
    m_type->setCurrentIndex(m_type->findData(QStringLiteral("delegation")));
    m_type->setObjectName(QStringLiteral("typeBox"));
    m_date->setObjectName(QStringLiteral("dateField"));
    m_description->setObjectName(QStringLiteral("descriptionEdit"));
    m_description->setTabChangesFocus(true);
    m_description->setFixedHeight(m_description->fontMetrics().height() * 4 + 12);
    m_description->setPlaceholderText(tr("What happened, who took part"));
    m_sources->setObjectName(QStringLiteral("sourceEditor"));
    m_general->setObjectName(QStringLiteral("generalProblem"));

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Type:"), m_problems.wrap(m_type, QStringLiteral("type")));
    form->addRow(tr("&Date:"), m_problems.wrap(m_date, dateColumn));
    form->addRow(tr("D&escription:"),
                 m_problems.wrap(m_description, QStringLiteral("description")));
    form->addRow(tr("Sources:"), m_sources);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setObjectName(QStringLiteral("okButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &EventDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &EventDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addLayout(form);
    layout->addWidget(m_general);
    layout->addStretch(1);
    layout->addWidget(buttons);
    m_problems.setGeneralLabel(m_general);
    resize(fontMetrics().height() * 32, sizeHint().height() + fontMetrics().height() * 2);

    connect(m_type, &QComboBox::currentIndexChanged, this, &EventDialog::validate);
    connect(m_date, &DateField::textChanged, this, &EventDialog::validate);
    connect(m_sources, &SourceListEditor::changed, this, &EventDialog::validate);
    m_date->setFocus();
    validate();
}

EventDialog::~EventDialog() = default;

void EventDialog::setPartnership(qint64 partnershipId, const QString &title)
{
    m_row.partnershipId = partnershipId;
    m_heading->setText(title);
}

void EventDialog::setEvent(const EventRow &row, const QVector<SourceRow> &sources,
                           const QString &title)
{
    m_row = row;
    setWindowTitle(tr("Edit event"));
    m_heading->setText(title);
    m_type->setCurrentIndex(std::max(0, m_type->findData(row.type)));
    m_date->setText(row.date);
    m_description->setPlainText(row.description);
    m_sources->setSources(sources);
    validate();
}

void EventDialog::setStatusChange(const QString &eventType, const QString &partnershipStart)
{
    m_statusChange = true;
    m_partnershipStart = partnershipStart;
    m_type->setCurrentIndex(std::max(0, m_type->findData(eventType)));
    m_type->setEnabled(false);
    if (eventType == QLatin1String("ended"))
        setWindowTitle(tr("End partnership"));
    else if (eventType == QLatin1String("suspended"))
        setWindowTitle(tr("Suspend partnership"));
    else if (eventType == QLatin1String("resumed"))
        setWindowTitle(tr("Resume partnership"));
    else
        setWindowTitle(tr("Renew partnership"));
    // Most changes of status are recent: today is the likeliest date, at day precision.
    if (m_date->text().isEmpty())
        m_date->setText(QDate::currentDate().toString(Qt::ISODate));
    validate();
}

EventRow EventDialog::row() const
{
    EventRow row = m_row;
    row.type = m_type->currentData().toString();
    row.date = m_date->text();
    row.description = m_description->toPlainText().trimmed();
    return row;
}

QVector<SourceRow> EventDialog::sources() const
{
    return m_sources->sources();
}

void EventDialog::validate()
{
    const EventRow r = row();
    QVector<EditProblem> found;
    if (auto p = EditValidator::checkDate(dateColumn, r.date, true))
        found << *p;
    else if (m_statusChange && r.type == QLatin1String("ended"))
        if (auto order = EditValidator::checkDateOrder(m_partnershipStart, r.date))
            found << EditProblem{dateColumn,
                                 tr("Date: the partnership began in %1; it cannot end before.")
                                         .arg(PartnershipText::date(m_partnershipStart)),
                                 -1};
    if (!AtlasSchema::eventTypes().contains(r.type))
        found << EditProblem{QStringLiteral("type"), tr("Type: choose one."), -1};
    QSet<QString> quiet;
    if (r.date.isEmpty() && !m_date->lineEdit()->isModified())
        quiet << dateColumn;
    m_problems.show(found, quiet);
    const bool sourcesOk = m_sources->check().isEmpty();
    m_ok->setEnabled(found.isEmpty() && sourcesOk);
}

QString EventDialog::problemText(const QString &field) const
{
    const QString own = m_problems.message(field);
    return own.isEmpty() ? m_sources->message(field) : own;
}

void EventDialog::accept()
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
