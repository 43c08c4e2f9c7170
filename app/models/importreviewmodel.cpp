// SPDX-License-Identifier: GPL-3.0-or-later
#include "importreviewmodel.h"

#include <QBrush>
#include <QColor>

namespace twinatlas {

using Outcome = Resolution::Outcome;
using Method = Resolution::Method;
using RowResult = ImportPlan::RowResult;

ImportReviewModel::ImportReviewModel(QObject *parent) : QAbstractTableModel(parent) { }

void ImportReviewModel::setPlan(const ImportPlan *plan)
{
    beginResetModel();
    m_plan = plan;
    m_results = plan ? plan->rowResults() : QVector<RowResult>();
    endResetModel();
}

void ImportReviewModel::refresh()
{
    if (!m_plan || m_results.isEmpty())
        return;
    m_results = m_plan->rowResults();
    emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

bool ImportReviewModel::isOpen(const Resolution &r)
{
    return r.outcome == Outcome::Doubtful || r.outcome == Outcome::Unresolved;
}

int ImportReviewModel::referenceToDecide(int record) const
{
    const int place = m_plan->placeReferenceOf(record);
    const int partner = m_plan->partnerReferenceOf(record);
    if (isOpen(m_plan->resolution(place)))
        return place;
    return partner;
}

bool ImportReviewModel::needsReview(int record) const
{
    return isOpen(m_plan->resolution(m_plan->placeReferenceOf(record)))
            || isOpen(m_plan->resolution(m_plan->partnerReferenceOf(record)));
}

QString ImportReviewModel::inputText(const PlaceReference &reference)
{
    // As written, without the bullets and markup of a pasted line.
    const QString text = reference.written.isEmpty() ? reference.text : reference.written;
    QStringList hints;
    for (const QString &hint : reference.qualifiers + QStringList{reference.country})
        if (!hint.isEmpty() && !text.contains(hint) && !hints.contains(hint))
            hints << hint;
    return hints.isEmpty() ? text : text + QStringLiteral(" (") + hints.join(QStringLiteral(", ")) + u')';
}

QString ImportReviewModel::resolvedText(int reference) const
{
    const Resolution &r = m_plan->resolution(reference);
    switch (r.outcome) {
    case Outcome::Matched: return m_plan->resolver().describe(r.place);
    case Outcome::Created:
        return tr("new place %1, %2 at %3, %4")
                .arg(r.newName, r.newCountry)
                .arg(r.newPosition.lat, 0, 'f', 4)
                .arg(r.newPosition.lon, 0, 'f', 4);
    case Outcome::Doubtful: return tr("doubtful: %n to choose from", nullptr, int(r.candidates.size()));
    case Outcome::Unresolved: return tr("not found");
    case Outcome::Skipped: return tr("skipped");
    }
    return {};
}

QString ImportReviewModel::outcomeText(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Matched: return tr("found");
    case Outcome::Created: return tr("new place");
    case Outcome::Doubtful: return tr("doubtful");
    case Outcome::Unresolved: return tr("unresolved");
    case Outcome::Skipped: return tr("skipped");
    }
    return {};
}

QString ImportReviewModel::methodText(Method method)
{
    switch (method) {
    case Method::None: return QString();
    case Method::GeoNamesId: return tr("GeoNames id");
    case Method::Coordinates: return tr("coordinates");
    case Method::Name: return tr("name");
    case Method::AlternateName: return tr("other name");
    case Method::Variant: return tr("spelling variant");
    case Method::Designator: return tr("name without “District”, “City of”…");
    case Method::Typo: return tr("close spelling");
    case Method::NewPlace: return tr("new at the file’s coordinates");
    case Method::UserChoice: return tr("your choice");
    }
    return {};
}

QString ImportReviewModel::rowResultText(RowResult result)
{
    switch (result) {
    case RowResult::Imported: return tr("to import");
    case RowResult::Duplicate: return tr("already there: merged");
    case RowResult::Unresolved: return tr("left out: unresolved");
    case RowResult::Doubtful: return tr("left out: doubtful");
    case RowResult::Skipped: return tr("left out: skipped");
    case RowResult::SamePlace: return tr("left out: same place twice");
    }
    return {};
}

int ImportReviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_plan ? 0 : int(m_results.size());
}

int ImportReviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImportReviewModel::data(const QModelIndex &index, int role) const
{
    if (!m_plan || !index.isValid() || index.row() >= m_results.size())
        return {};
    const int record = index.row();
    const ImportRecord &r = m_plan->records().at(record);
    const int placeRef = m_plan->placeReferenceOf(record);
    const int partnerRef = m_plan->partnerReferenceOf(record);
    const Resolution &place = m_plan->resolution(placeRef);
    const Resolution &partner = m_plan->resolution(partnerRef);
    // The row is as sure as its less sure side, and was found the way that side was.
    const Resolution &weaker = !place.isResolved()       ? place
            : !partner.isResolved()                        ? partner
            : place.confidence <= partner.confidence ? place
                                                     : partner;
    if (role == NeedsReviewRole)
        return needsReview(record);
    if (role == SortRole) {
        switch (index.column()) {
        case LineColumn: return r.line * 1000 + r.item;
        case ConfidenceColumn: return weaker.confidence;
        default: return data(index, Qt::DisplayRole);
        }
    }
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case LineColumn: return r.line;
        case PlaceColumn: return inputText(r.place);
        case PlaceResolvedColumn: return resolvedText(placeRef);
        case PartnerColumn: return inputText(r.partner);
        case PartnerResolvedColumn: return resolvedText(partnerRef);
        case HowColumn: return weaker.isResolved() ? methodText(weaker.method) : outcomeText(weaker.outcome);
        case ConfidenceColumn:
            return weaker.isResolved() ? QStringLiteral("%1%").arg(qRound(weaker.confidence * 100)) : QString();
        case ResultColumn: return rowResultText(m_results.at(record));
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (index.column()) {
        case PlaceResolvedColumn: return place.reason;
        case PartnerResolvedColumn: return partner.reason;
        case PlaceColumn:
        case PartnerColumn:
            return r.text;
        case ResultColumn: return r.warnings.join(u'\n');
        }
    }
    if (role == Qt::ForegroundRole) {
        const Resolution *side = index.column() == PlaceResolvedColumn    ? &place
                : index.column() == PartnerResolvedColumn ? &partner
                                                          : nullptr;
        if (side && isOpen(*side))
            return QBrush(QColor(0xb0, 0x30, 0x20));
        if (side && side->outcome == Outcome::Skipped)
            return QBrush(QColor(0x70, 0x70, 0x70));
    }
    if (role == Qt::TextAlignmentRole && (index.column() == LineColumn || index.column() == ConfidenceColumn))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant ImportReviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case LineColumn: return tr("Line");
    case PlaceColumn: return tr("Place");
    case PlaceResolvedColumn: return tr("Found as");
    case PartnerColumn: return tr("Partner");
    case PartnerResolvedColumn: return tr("Found as");
    case HowColumn: return tr("How");
    case ConfidenceColumn: return tr("Sure");
    case ResultColumn: return tr("Result");
    }
    return {};
}

} // namespace twinatlas
