// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "candidatemarkeroverlay.h"
#include "geo/lonlat.h"
#include "io/listreader.h"

#include <QDialog>

class QLabel;
class QProgressBar;
class QPushButton;
class QStackedWidget;

namespace twinatlas {

class AtlasDatabase;
class AtlasEdits;
class ImportPreviewPage;
class ImportReviewPage;
class ImportRunner;
class ImportSourcePage;

/**
 * File → Import partnerships…: a list of twins, from a file or pasted for one place, read,
 * checked, resolved against the gazetteer and reviewed before one undoable step writes it.
 * Steps: the source; the format and columns as read (correctable); resolving, on a worker
 * with a progress bar and Cancel; the review; then Import. Nothing is written before Import,
 * so Cancel anywhere leaves the atlas as it was.
 */
class ImportDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Step { Source, Preview, Working, Review };

    ImportDialog(AtlasDatabase &atlas, AtlasEdits *edits, QWidget *parent = nullptr);
    ~ImportDialog() override;

    Step step() const { return m_step; }
    /** Goes on from the current step (what Next does). */
    void next();
    void back();
    /** Writes the reviewed import as one step; false with a message if nothing was written. */
    bool commit();
    /** Writes the review's report: every row and what became of it, as CSV. */
    bool saveReport(const QString &path, QString *error) const;
    /** What the import wrote, for the status bar, once committed. */
    QString resultText() const { return m_resultText; }

    ImportSourcePage *sourcePage() const { return m_source; }
    ImportPreviewPage *previewPage() const { return m_preview; }
    ImportReviewPage *reviewPage() const { return m_review; }
    ImportRunner *runner() const { return m_runner; }
    QProgressBar *progressBar() const { return m_progress; }
    QPushButton *nextButton() const { return m_next; }
    QPushButton *backButton() const { return m_back; }
    QPushButton *importButton() const { return m_import; }
    QPushButton *reportButton() const { return m_report; }
    QPushButton *cancelButton() const { return m_cancel; }

signals:
    /** The review shows a place of the atlas: the window may show it on its map. */
    void placeShown(qint64 placeId, twinatlas::LonLat position);
    void candidatesShown(const QVector<twinatlas::CandidateMarker> &markers, int current);

public slots:
    void reject() override;

private:
    void setStep(Step step);
    void updateButtons();
    /** Reads the list (and resolves it if resolve) on the worker, showing the progress. */
    void run(bool resolve);
    void runFinished(bool ok, const QString &error);
    void showProgress(int stage, int done, int total);
    ListReader::Options sourceOptions() const;
    /** A pasted list's home place, chosen from the matches, decides over its typed name. */
    void applyHomeChoice();

    AtlasEdits *m_edits;
    ImportRunner *m_runner;
    QStackedWidget *m_pages;
    ImportSourcePage *m_source;
    ImportPreviewPage *m_preview;
    QWidget *m_working;
    QLabel *m_workingLabel;
    QProgressBar *m_progress;
    ImportReviewPage *m_review;
    QPushButton *m_back;
    QPushButton *m_next;
    QPushButton *m_import;
    QPushButton *m_report;
    QPushButton *m_cancel;
    Step m_step = Step::Source;
    Step m_returnStep = Step::Source; ///< where a run goes back to if it fails or is cancelled
    bool m_resolving = false;
    QString m_resultText;
};

} // namespace twinatlas
