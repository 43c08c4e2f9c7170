// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "candidatemarkeroverlay.h"
#include "db/atlasrecords.h"
#include "geo/lonlat.h"
#include "wikidata/wikidatafetch.h"
#include "wikidata/wikidatascope.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QStackedWidget;
class QTabWidget;
class QTreeWidget;

namespace twinatlas {

class AtlasDatabase;
class AtlasEdits;
class ImportReviewPage;
class WikidataRunner;

/**
 * File ▸ Get partnerships from Wikidata…: the whole world, one country or the selected place;
 * one click to start; the queries' progress, chunk by chunk, with Cancel at any moment; then
 * what the fetch would change (new partnerships, changed dates, the atlas's versions kept,
 * partnerships Wikidata no longer lists, each of which the user may tick for removal) and the
 * places that need a decision, in the import's review. Add writes it all as one undoable step;
 * nothing is written before.
 */
class WikidataDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Step { Choose, Working, Review };

    /** selected: the place selected in the window, if any, for "the selected place". */
    WikidataDialog(AtlasDatabase &atlas, AtlasEdits *edits, const std::optional<Place> &selected,
                   QWidget *parent = nullptr);
    ~WikidataDialog() override;

    /** The endpoint, timeouts and cache folder of the fetches (from the settings by default). */
    void setFetchOptions(const WikidataFetch::Options &options) { m_options = options; }
    const WikidataFetch::Options &fetchOptions() const { return m_options; }
    /** Chooses what to fetch, as the radio buttons do. */
    void setScope(const WikidataScope &scope);
    WikidataScope scope() const;

    Step step() const { return m_step; }
    /** Starts fetching what is chosen (what Get does). */
    void start();
    /** Writes the reviewed changes as one step; false with a message if nothing was written. */
    bool commit();
    bool saveReport(const QString &path, QString *error) const;
    /** What was written, for the status bar, once committed. */
    QString resultText() const { return m_resultText; }

    WikidataRunner *runner() const { return m_runner; }
    QRadioButton *worldButton() const { return m_world; }
    QRadioButton *countryButton() const { return m_country; }
    QComboBox *countryBox() const { return m_countries; }
    QRadioButton *placeButton() const { return m_place; }
    QLabel *errorLabel() const { return m_error; }
    QProgressBar *progressBar() const { return m_progress; }
    QLabel *workingLabel() const { return m_workingLabel; }
    QLabel *summaryLabel() const { return m_summary; }
    QTreeWidget *changesView() const { return m_changes; }
    ImportReviewPage *reviewPage() const { return m_review; }
    QTabWidget *reviewTabs() const { return m_tabs; }
    QPushButton *getButton() const { return m_get; }
    QPushButton *commitButton() const { return m_commit; }
    QPushButton *cancelButton() const { return m_cancel; }

signals:
    void placeShown(qint64 placeId, twinatlas::LonLat position);
    void candidatesShown(const QVector<twinatlas::CandidateMarker> &markers, int current);

public slots:
    void reject() override;

private:
    QWidget *makeChoosePage();
    QWidget *makeWorkingPage();
    QWidget *makeReviewPage();
    void setStep(Step step);
    void runFinished(bool ok, const QString &error);
    void showChanges();
    void updateSummary();

    AtlasDatabase &m_atlas;
    AtlasEdits *m_edits;
    std::optional<Place> m_selected;
    WikidataFetch::Options m_options;
    WikidataRunner *m_runner;
    QStackedWidget *m_pages;
    QRadioButton *m_world;
    QRadioButton *m_country;
    QComboBox *m_countries;
    QRadioButton *m_place;
    QLabel *m_error;
    QLabel *m_workingLabel;
    QProgressBar *m_progress;
    QLabel *m_workingDetail;
    QLabel *m_summary;
    QTabWidget *m_tabs;
    QTreeWidget *m_changes;
    ImportReviewPage *m_review;
    QPushButton *m_report;
    QPushButton *m_get;
    QPushButton *m_commit;
    QPushButton *m_cancel;
    Step m_step = Step::Choose;
    QString m_resultText;
};

} // namespace twinatlas
