// SPDX-License-Identifier: GPL-3.0-or-later
#include "partnerdelegate.h"

#include "partnerlistmodel.h"

#include <QApplication>
#include <QPainter>

namespace twinatlas {

namespace {

QString column(const QModelIndex &index, int column)
{
    return index.siblingAtColumn(column).data().toString();
}

} // namespace

QSize PartnerDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    Q_UNUSED(index);
    const QFontMetrics metrics(option.font);
    return {metrics.averageCharWidth() * 30, 2 * margin + 2 * metrics.height() + lineGap};
}

void PartnerDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                            const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    // The style draws the background, selection and focus; the text is drawn here.
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const bool inactive = index.data(PartnerListModel::InactiveRole).toBool();
    const bool selected = option.state & QStyle::State_Selected;
    const QPalette::ColorGroup group = option.state & QStyle::State_Enabled
            ? (option.state & QStyle::State_Active ? QPalette::Active : QPalette::Inactive)
            : QPalette::Disabled;
    const QColor text = selected ? option.palette.color(group, QPalette::HighlightedText)
            : inactive          ? option.palette.color(QPalette::Disabled, QPalette::Text)
                                : option.palette.color(group, QPalette::Text);
    QColor secondary = text;
    if (!selected)
        secondary = option.palette.color(group, QPalette::PlaceholderText);

    const QRect area = option.rect.adjusted(margin, margin, -margin, -margin);
    QFont nameFont = option.font;
    nameFont.setBold(true);
    nameFont.setItalic(inactive);
    QFont detailFont = option.font;
    detailFont.setItalic(inactive);
    const QFontMetrics nameMetrics(nameFont);
    const QFontMetrics detailMetrics(detailFont);

    // Laid out left to right, then mirrored for a right-to-left language (or -reverse).
    const auto place = [&](const QRect &logical) {
        return QStyle::visualRect(option.direction, area, logical);
    };
    const Qt::Alignment leading = QStyle::visualAlignment(option.direction, Qt::AlignLeft) | Qt::AlignVCenter;
    const Qt::Alignment trailing = QStyle::visualAlignment(option.direction, Qt::AlignRight) | Qt::AlignVCenter;

    painter->save();
    // First line: partner, country at the start, distance at the end.
    const QString distance = column(index, PartnerListModel::DistanceColumn);
    const int distanceWidth = detailMetrics.horizontalAdvance(distance);
    QRect line(area.left(), area.top(), area.width(), nameMetrics.height());
    painter->setFont(detailFont);
    painter->setPen(secondary);
    painter->drawText(line, trailing, distance);
    const int nameRoom = std::max(0, area.width() - distanceWidth - margin);
    const QString name = nameMetrics.elidedText(column(index, PartnerListModel::PartnerColumn),
                                                Qt::ElideRight, nameRoom);
    painter->setFont(nameFont);
    painter->setPen(text);
    painter->drawText(place(QRect(line.left(), line.top(), nameRoom, line.height())), leading, name);
    const int countryLeft = line.left() + nameMetrics.horizontalAdvance(name);
    const int countryRoom = line.left() + nameRoom - countryLeft;
    if (countryRoom > 0) {
        painter->setFont(detailFont);
        const QString country = detailMetrics.elidedText(
                tr(", %1", "after the partner's name").arg(column(index, PartnerListModel::CountryColumn)),
                Qt::ElideRight, countryRoom);
        painter->drawText(place(QRect(countryLeft, line.top(), countryRoom, line.height())), leading,
                          country);
    }

    // Second line: kind · years, and the status where it is not the usual "active".
    QStringList details{column(index, PartnerListModel::KindColumn)};
    const QString years = column(index, PartnerListModel::YearsColumn);
    if (!years.isEmpty())
        details << years;
    if (index.data(PartnerListModel::StatusRole).toString() != QLatin1String("active"))
        details << column(index, PartnerListModel::StatusColumn);
    line.translate(0, nameMetrics.height() + lineGap);
    line.setHeight(detailMetrics.height());
    painter->setFont(detailFont);
    painter->setPen(inactive || selected ? text : secondary);
    painter->drawText(line, leading,
                      detailMetrics.elidedText(details.join(QStringLiteral(" · ")), Qt::ElideRight,
                                               line.width()));
    painter->restore();
}

} // namespace twinatlas
