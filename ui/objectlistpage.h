#pragma once

#include "objectrow.h"
#include "objectscontroller.h"

#include <QJsonObject>
#include <QWidget>

class QAbstractItemModel;
class QAbstractItemView;
class QComboBox;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSplitter;
class QTimer;

namespace ocpi {

// Set on a header whose column widths were restored from the operator's saved layout: pages then
// leave its widths alone.
inline constexpr char kLayoutRestoredProperty[] = "ocpiLayoutRestored";

class NodeController;
class ObjectEditorDialog;
class ObjectFilterProxy;

// What the locations, tariffs and tokens pages share: the listing of one module's stored objects
// (ours and partners') read in the node thread, an owner filter and a search box over it, the
// selected item's JSON, New/Edit of our own objects through one JSON editor, and an outcome line.
// The list follows the node's changes (ObjectService::objectsChanged, coalesced). Other processes
// (`ocpi-node import`) change the same database without a signal, so while shown the page asks the
// node every few seconds for the module's change mark, a number, and re-reads only when it moved.
// Objects are read lazily: the first ObjectsController::kPageRows, the next ones (a keyset page)
// when the operator scrolls to the end. A re-read is compared with what the page holds in the node
// thread (ObjectDelta), so the GUI thread only applies what changed (docs/console.md). Partners'
// objects are read-only.
//
// A page derives from it, builds its model and view, and hands them over with setModel().
class ObjectListPage : public QWidget
{
    Q_OBJECT

public:
    ObjectListPage(NodeController &node, const QString &module, QWidget *parent = nullptr);

    const QString &module() const { return m_module; }
    ObjectsController *controller() const { return m_objects; }
    ObjectFilterProxy *proxy() const { return m_proxy; }
    QAbstractItemView *itemView() const { return m_view; }
    QComboBox *ownerFilter() const { return m_ownerFilter; }
    QLineEdit *searchEdit() const { return m_search; }
    QPushButton *newButton() const { return m_new; }
    QPushButton *editButton() const { return m_edit; }
    QPlainTextEdit *detailsView() const { return m_details; }
    QString outcomeText() const;
    QString summaryText() const;
    // Listings applied so far (tests wait for the next one).
    int listingCount() const { return m_listings; }
    // Change-mark checks answered so far (tests: a quiet module is checked, never re-read).
    int changeChecks() const { return m_changeChecks; }
    // Rows the last read brought to the GUI thread (new or changed ones only).
    int lastReadRows() const { return m_lastReadRows; }
    // No listing on its way.
    bool isIdle() const { return !m_listing; }

    // Selects the object's row (top level) if it is shown; false otherwise.
    bool selectObject(const QString &identity);
    // The object the current item belongs to, if any (a Location for an EVSE).
    const ObjectRow *selectedObject() const;
    QString selectedIdentity() const;

    int refreshInterval() const;
    void setRefreshInterval(int milliseconds);
    // Shown when the node hosts no party that owns this module's objects; empty otherwise.
    QString roleHintText() const;

public slots:
    // Re-reads the module from the node (coalesced: at most one read in flight).
    void refresh();
    ObjectEditorDialog *openNewDialog();
    ObjectEditorDialog *openEditDialog();

signals:
    void listed();

protected:
    void setModel(QAbstractItemModel *model, QAbstractItemView *view);
    // The page's extra buttons go here, after New and Edit.
    QHBoxLayout *actionsLayout() const { return m_actions; }
    // What changed in the objects held, for the model (in place, so selection and expansion stay).
    virtual void applySteps(RowSteps<ObjectRow> steps) = 0;
    // The object under a source index's top-level row.
    virtual const ObjectRow *objectAt(const QModelIndex &sourceIndex) const = 0;
    // A valid-looking new object owned by `owner`, for the New dialog to start from.
    virtual QJsonObject newObjectTemplate(const PartyRole &owner) const = 0;
    // A rule of the module's objects the editor's hint adds, or empty.
    virtual QString editorNote() const { return QString(); }
    // Enables the buttons for the current item; derived pages add theirs and call this one.
    virtual void updateActions();
    // The selection moved or its object changed (null: nothing selected); pages with a detail
    // area of their own follow it here.
    virtual void objectShown(const ObjectRow * /*object*/) {}
    // The table above, the JSON below: a page's own detail area goes in between.
    QSplitter *splitter() const { return m_splitter; }

    QModelIndex currentSourceIndex() const;
    void setOutcome(const QString &text, bool failure);

    // After the next listing, select this object (one just saved).
    void selectAfterRefresh(const QString &identity);
    // A short unique suffix for template ids ("20261124T101502").
    static QString stamp();

    void showEvent(QShowEvent *event) override;

private:
    void read(ObjectsController::Read kind);
    void onRead(const Result<ObjectDelta> &delta);
    void readMore();
    void checkOutsideChanges();
    void updateOwners(QStringList owners);
    void showCurrent();
    ObjectEditorDialog *openDialog(bool create, const QJsonObject &seed);

    NodeController &m_node;
    QString m_module;
    ObjectsController *m_objects;
    ObjectFilterProxy *m_proxy;
    QAbstractItemView *m_view = nullptr;
    QComboBox *m_ownerFilter;
    QLineEdit *m_search;
    QPushButton *m_new;
    QPushButton *m_edit;
    QHBoxLayout *m_actions;
    QLabel *m_summary;
    QLabel *m_outcome;
    QLabel *m_roleHint; // why New/Edit are off when the node hosts no party owning the module
    QSplitter *m_splitter;
    QPlainTextEdit *m_details;
    QTimer *m_poll;
    QTimer *m_changed;
    QJsonObject m_shownJson;
    std::shared_ptr<const HeldObjects> m_held; // what the model holds, in its order
    QString m_selectAfterRefresh;
    int m_listings = 0;
    bool m_listing = false;
    bool m_listAgain = false;
    bool m_moreAfterRead = false; // the end was reached while a read was on its way
    bool m_stale = false;
    bool m_more = false;                         // objects are stored after the last one held
    qint64 m_mark = -1;                          // the module's change mark last seen
    bool m_checkingMark = false;
    int m_changeChecks = 0;
    int m_lastReadRows = 0;
};

} // namespace ocpi
