#include "objectlistpage.h"

#include "nodecontroller.h"
#include "objecteditordialog.h"
#include "objectfilterproxy.h"
#include "runtime/modulelist.h"
#include "sync/objectmodule.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace ocpi {

namespace {

// Often enough to notice `ocpi-node import` next to the console, rarely enough to cost little: the
// node is asked for the module's change mark (no objects read), while the page is shown.
constexpr int kPollIntervalMs = 3000;
// A partner pushing many objects announces each; the page re-reads at most this often.
constexpr int kChangeDelayMs = 250;

} // namespace

ObjectListPage::ObjectListPage(NodeController &node, const QString &module, QWidget *parent)
    : QWidget(parent), m_node(node), m_module(module)
{
    m_objects = new ObjectsController(node, this);
    m_proxy = new ObjectFilterProxy(this);

    m_ownerFilter = new QComboBox(this);
    m_ownerFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_ownerFilter->setToolTip(tr("Show the objects of one owner party"));
    m_ownerFilter->setAccessibleName(tr("Owner"));
    m_ownerFilter->addItem(tr("All owners"), QString());
    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Search id or name"));
    m_search->setAccessibleName(tr("Search id or name"));
    m_search->setClearButtonEnabled(true);
    m_new = new QPushButton(tr("New…"), this);
    m_edit = new QPushButton(tr("Edit…"), this);
    m_edit->setToolTip(tr("Change the selected object (only our own objects can be changed)"));

    auto *toolbar = new QHBoxLayout;
    toolbar->addWidget(new QLabel(tr("Owner:"), this));
    toolbar->addWidget(m_ownerFilter);
    toolbar->addWidget(m_search, 1);
    toolbar->addWidget(m_new);
    toolbar->addWidget(m_edit);
    m_actions = new QHBoxLayout;
    toolbar->addLayout(m_actions);

    m_summary = new QLabel(this);
    m_outcome = new QLabel(this);
    m_outcome->setWordWrap(true);
    m_roleHint = new QLabel(this);
    m_roleHint->setWordWrap(true);
    m_roleHint->hide();
    m_outcome->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_details = new QPlainTextEdit(this);
    m_details->setAccessibleName(tr("Selected object as JSON"));
    m_details->setReadOnly(true);
    m_details->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_details->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->addWidget(m_details);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(toolbar);
    layout->addWidget(m_roleHint);
    layout->addWidget(m_outcome);
    layout->addWidget(m_splitter, 1);
    layout->addWidget(m_summary);

    connect(m_ownerFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setOwner(m_ownerFilter->currentData().toString()); });
    connect(m_search, &QLineEdit::textChanged, m_proxy, &ObjectFilterProxy::setSearchText);
    connect(m_new, &QPushButton::clicked, this, &ObjectListPage::openNewDialog);
    connect(m_edit, &QPushButton::clicked, this, &ObjectListPage::openEditDialog);

    m_changed = new QTimer(this);
    m_changed->setSingleShot(true);
    m_changed->setInterval(kChangeDelayMs);
    connect(m_changed, &QTimer::timeout, this, &ObjectListPage::refresh);
    connect(m_objects, &ObjectsController::objectsChanged, this, [this](const QString &changed) {
        if (changed != m_module)
            return;
        if (isVisible())
            m_changed->start();
        else
            m_stale = true; // showEvent catches up
    });
    connect(&m_node, &NodeController::started, this, &ObjectListPage::refresh);
    for (auto signal : {&NodeController::started, &NodeController::failed})
        connect(&m_node, signal, this, &ObjectListPage::updateActions);
    connect(&m_node, &NodeController::stopped, this, &ObjectListPage::updateActions);
    m_poll = new QTimer(this);
    m_poll->setInterval(kPollIntervalMs);
    connect(m_poll, &QTimer::timeout, this, &ObjectListPage::checkOutsideChanges);
    m_poll->start();
}

void ObjectListPage::setModel(QAbstractItemModel *model, QAbstractItemView *view)
{
    m_proxy->setSourceModel(model);
    m_view = view;
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_splitter->insertWidget(0, m_view);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &ObjectListPage::showCurrent);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ObjectListPage::showCurrent);
    // Items change in place on refresh; the details follow their item.
    connect(m_proxy, &QAbstractItemModel::dataChanged, this, &ObjectListPage::showCurrent);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &ObjectListPage::showCurrent);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &ObjectListPage::showCurrent);
    // Reaching the end of what was read asks for the next rows.
    connect(m_view->verticalScrollBar(), &QScrollBar::valueChanged, this, [this](int value) {
        if (value == m_view->verticalScrollBar()->maximum())
            readMore();
    });
    refresh();
    showCurrent();
}

QString ObjectListPage::outcomeText() const
{
    return m_outcome->text();
}

QString ObjectListPage::summaryText() const
{
    return m_summary->text();
}

int ObjectListPage::refreshInterval() const
{
    return m_poll->interval();
}

void ObjectListPage::setRefreshInterval(int milliseconds)
{
    m_poll->setInterval(milliseconds);
}

void ObjectListPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_stale = false;
    refresh();
}

void ObjectListPage::refresh()
{
    if (!m_objects->isAvailable() || !m_view)
        return;
    if (m_listing) {
        m_listAgain = true; // the answer on its way may predate the change that asked for this
        return;
    }
    read(ObjectsController::Read::Refresh);
}

void ObjectListPage::readMore()
{
    if (!m_more || !m_objects->isAvailable())
        return;
    // The view stays at its end while a read is on its way: no new scroll signal would ask again.
    if (m_listing) {
        m_moreAfterRead = true;
        return;
    }
    read(ObjectsController::Read::More);
}

void ObjectListPage::read(ObjectsController::Read kind)
{
    m_listing = true;
    m_objects->read(m_module, kind, m_held, !m_more, this, [this](Result<ObjectDelta> delta) { onRead(delta); });
}

void ObjectListPage::checkOutsideChanges()
{
    if (!isVisible() || !m_objects->isAvailable() || m_checkingMark)
        return;
    m_checkingMark = true;
    m_objects->changeMark(m_module, this, [this](Result<qint64> mark) {
        m_checkingMark = false;
        ++m_changeChecks;
        if (mark && *mark != m_mark)
            refresh();
    });
}

void ObjectListPage::onRead(const Result<ObjectDelta> &delta)
{
    m_listing = false;
    if (delta) {
        updateOwners(delta->owners);
        m_lastReadRows = int(delta->steps.rows.size());
        applySteps(delta->steps);
        m_held = delta->held;
        const int rows = int(m_held->size());
        m_more = delta->more;
        m_mark = delta->changeMark;
        m_summary->setText(delta->more ? tr("Showing the first %1 objects (%2 ours); scroll to the end to read more. "
                                            "The owner filter and the search cover the objects read.")
                                             .arg(rows)
                                             .arg(delta->ours)
                                       : tr("%n object(s), %1 ours", nullptr, rows).arg(delta->ours));
        if (!m_selectAfterRefresh.isEmpty() && selectObject(m_selectAfterRefresh))
            m_selectAfterRefresh.clear();
        showCurrent();
        ++m_listings;
        emit listed();
    } else {
        setOutcome(tr("Could not read the %1: %2").arg(m_module, delta.error().message), true);
    }
    if (m_listAgain) {
        m_listAgain = false;
        refresh();
    } else if (m_moreAfterRead) {
        m_moreAfterRead = false;
        readMore();
    }
}

void ObjectListPage::updateOwners(QStringList owners)
{
    const QString current = m_ownerFilter->currentData().toString();
    // The chosen owner stays even when its last object went, so the filter never changes by itself.
    if (!current.isEmpty() && !owners.contains(current)) {
        owners << current;
        std::sort(owners.begin(), owners.end());
    }
    QStringList listed;
    for (int i = 1; i < m_ownerFilter->count(); ++i)
        listed << m_ownerFilter->itemData(i).toString();
    if (listed == owners)
        return;
    const QSignalBlocker blocker(m_ownerFilter);
    while (m_ownerFilter->count() > 1)
        m_ownerFilter->removeItem(1);
    for (const QString &owner : std::as_const(owners))
        m_ownerFilter->addItem(owner, owner);
    m_ownerFilter->setCurrentIndex(std::max(0, m_ownerFilter->findData(current)));
}

QModelIndex ObjectListPage::currentSourceIndex() const
{
    if (!m_view)
        return QModelIndex();
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    if (!current.isValid() || !m_view->selectionModel()->isSelected(current.siblingAtColumn(0)))
        return QModelIndex();
    return m_proxy->mapToSource(current);
}

const ObjectRow *ObjectListPage::selectedObject() const
{
    const QModelIndex index = currentSourceIndex();
    return index.isValid() ? objectAt(index) : nullptr;
}

QString ObjectListPage::selectedIdentity() const
{
    const ObjectRow *object = selectedObject();
    return object ? object->identity() : QString();
}

bool ObjectListPage::selectObject(const QString &identity)
{
    const QAbstractItemModel *model = m_proxy->sourceModel();
    if (!model || !m_held)
        return false;
    // The model's top-level rows are the objects held, in the same order.
    for (size_t row = 0; row < m_held->size() && int(row) < model->rowCount(); ++row) {
        if ((*m_held)[row].identity != identity)
            continue;
        const QModelIndex source = model->index(int(row), 0);
        const QModelIndex index = m_proxy->mapFromSource(source);
        if (!index.isValid())
            return false; // filtered out
        m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_view->scrollTo(index);
        return true;
    }
    return false;
}

void ObjectListPage::selectAfterRefresh(const QString &identity)
{
    m_selectAfterRefresh = identity;
}

void ObjectListPage::showCurrent()
{
    const QModelIndex index = currentSourceIndex();
    const QJsonObject json = index.data(ObjectJsonRole).toJsonObject();
    // Only on a change, so a refresh does not scroll away what the operator is reading.
    if (!index.isValid() || json != m_shownJson) {
        m_shownJson = json;
        m_details->setPlainText(index.isValid() ? ObjectRow::prettyJson(json)
                                                : tr("Select an object to see its JSON."));
    }
    objectShown(index.isValid() ? objectAt(index) : nullptr);
    updateActions();
}

void ObjectListPage::updateActions()
{
    const bool running = m_objects->isAvailable();
    const auto owner = m_objects->ownerParty(m_module);
    m_new->setEnabled(running && owner.has_value());
    m_new->setToolTip(owner ? tr("Create an object owned by %1").arg(owner->party.toString())
                            : tr("This node hosts no party that owns %1").arg(m_module));
    const ObjectRow *object = selectedObject();
    m_edit->setEnabled(running && object && object->ours());

    // A page whose every button is off must say why, and what to do about it.
    const auto definition = objectModule(m_module);
    const bool noOwner = running && !owner && definition;
    if (noOwner) {
        const QString role = roleName(definition->ownerRole);
        m_roleHint->setText(tr("This node hosts no %1 party, so it has no %2 of its own to create or change: the list "
                               "shows what partners sent, read-only. To issue your own, add a %1 party on the Settings "
                               "page (or start with --party CC-PID:%1).")
                                .arg(role, m_module));
    }
    m_roleHint->setVisible(noOwner);
}

QString ObjectListPage::roleHintText() const
{
    return m_roleHint->isHidden() ? QString() : m_roleHint->text();
}

void ObjectListPage::setOutcome(const QString &text, bool failure)
{
    m_outcome->setStyleSheet(failure ? QStringLiteral("color: #b02020") : QString());
    m_outcome->setText(text);
}

QString ObjectListPage::stamp()
{
    return QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd'T'HHmmss"));
}

ObjectEditorDialog *ObjectListPage::openNewDialog()
{
    const auto owner = m_objects->ownerParty(m_module);
    if (!owner)
        return nullptr;
    return openDialog(true, newObjectTemplate(*owner));
}

ObjectEditorDialog *ObjectListPage::openEditDialog()
{
    const ObjectRow *object = selectedObject();
    if (!object || !object->ours())
        return nullptr;
    return openDialog(false, object->json);
}

ObjectEditorDialog *ObjectListPage::openDialog(bool create, const QJsonObject &seed)
{
    auto *dialog = new ObjectEditorDialog(*m_objects, m_module,
                                          create ? ObjectEditorDialog::Mode::Create : ObjectEditorDialog::Mode::Edit,
                                          seed, editorNote(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ObjectEditorDialog::saved, this, [this](const ObjectsController::Saved &saved) {
        setOutcome(saved.created ? tr("Created %1.").arg(saved.id) : tr("Saved %1.").arg(saved.id), false);
        selectAfterRefresh(ObjectRow::identityOf(saved.key));
        refresh();
    });
    dialog->open();
    return dialog;
}

} // namespace ocpi
