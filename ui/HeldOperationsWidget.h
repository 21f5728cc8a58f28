#pragma once

#include "store/HeldOperationRepository.h"

#include <QWidget>

class HeldOperationModel;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTableView;

// The "Held operations" dock (docs/offline.md): operations held offline until their server or
// broker is reachable again, with Run now, Confirm and run (for those whose preconditions changed)
// and Discard. The window does the work (HeldOperationsController); this widget only asks.
class HeldOperationsWidget : public QWidget
{
    Q_OBJECT

public:
    explicit HeldOperationsWidget(HeldOperationModel *model, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    QVector<qint64> selectedIds() const;

signals:
    void runRequested(const QVector<qint64> &ids, bool confirmed);
    void discardRequested(const QVector<qint64> &ids);

private:
    void updateState();
    QVector<const HeldOperation *> selectedOperations() const;

    HeldOperationModel *m_model;
    QStackedWidget *m_stack = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_emptyLabel = nullptr;
    QPushButton *m_runButton = nullptr;
    QPushButton *m_confirmButton = nullptr;
    QPushButton *m_discardButton = nullptr;
};
