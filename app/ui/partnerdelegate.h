// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace twinatlas {

/**
 * Draws one partner of PartnerListModel in two lines that fit a narrow dock: the partner and
 * its country with the distance on the right, then the kind, the years and, for a partnership
 * that is not active, its status; ended and suspended ones in italics and faded. Reads the model's columns through the
 * row's siblings, so the model stays a plain table that other views and tests can read.
 */
class PartnerDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    static constexpr int margin = 6;
    static constexpr int lineGap = 1;
};

} // namespace twinatlas
