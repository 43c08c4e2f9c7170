// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QVector>
#include <QWidget>

class QLabel;
class QVBoxLayout;

namespace twinatlas {

class TimelineModel;

/**
 * The history of a partnership as a vertical timeline: a rail on the left with a marker per
 * event (its shape and colour tell the event type), and beside each marker the date at its own
 * precision, the type in words, the description and the event's sources as links. Built from
 * a TimelineModel, whose handful of rows each become a few labels, so that text wraps and
 * links can be clicked like anywhere else in the interface.
 */
class TimelineView : public QWidget
{
    Q_OBJECT

public:
    explicit TimelineView(TimelineModel *model, QWidget *parent = nullptr);

    TimelineModel *model() const { return m_model; }
    /** The text shown for an event: "<date> · <type>" and the description; for tests. */
    QString headingText(int row) const;
    QString descriptionText(int row) const;
    /** Under each event, "Added by you on …" where that applies; for tests. */
    QString provenanceText(int row) const;

    /** Whether each event offers Edit and Remove (off while the atlas is read-only). */
    void setEditable(bool editable);
    bool isEditable() const { return m_editable; }

signals:
    /** A source link was clicked; the view has already opened it if it is a web link. */
    void linkActivated(const QString &link);
    /** The user asked to edit or remove an event (its database id). */
    void editRequested(qint64 eventId);
    void removeRequested(qint64 eventId);

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct Row
    {
        QPointer<QLabel> heading;
        QPointer<QLabel> description;
        QString provenance; ///< plain text, empty for bundled rows
        QString type;
    };

    void rebuild();

    TimelineModel *m_model;
    QVBoxLayout *m_layout;
    QPointer<QWidget> m_content;
    QVector<Row> m_rows;
    bool m_editable = false;
};

} // namespace twinatlas
