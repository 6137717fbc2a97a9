#include "objectlisteditor.h"

#include "core/datetime.h"
#include "fieldwords.h"
#include "objectform.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QListWidget>
#include <QPushButton>
#include <QSignalBlocker>
#include <QStyle>
#include <QVBoxLayout>

namespace ocpi {

namespace {

// "[3].connectors[0]" -> 3 and "connectors[0]"; "[3]" -> 3 and "".
bool splitIndex(const QString &rest, int *index, QString *remainder)
{
    if (!rest.startsWith(QLatin1Char('[')))
        return false;
    const qsizetype close = rest.indexOf(QLatin1Char(']'));
    bool ok = false;
    *index = close > 1 ? rest.mid(1, close - 1).toInt(&ok) : -1;
    if (!ok || *index < 0)
        return false;
    *remainder = rest.mid(close + 1);
    if (remainder->startsWith(QLatin1Char('.')))
        remainder->remove(0, 1);
    return true;
}

class ObjectListInput : public FieldInput
{
public:
    ObjectListInput(const FieldSpec &spec, QWidget *parent)
        : m_editor(new ObjectListEditor(spec, parent)), m_nonEmpty(spec.cardinality == FieldSpec::Cardinality::NonEmptyList)
    {
    }

    QWidget *widget() const override { return m_editor; }
    QWidget *focusTarget() const override { return m_editor->list(); }
    void setValue(const QJsonValue &value) override { m_editor->setItems(value.toArray()); }
    QJsonValue value() const override
    {
        const QJsonArray items = m_editor->items();
        // An empty "+" list goes out as [] so the validator says "add at least one"; an empty
        // "*" list is left out, its canonical form (GEN-10).
        if (items.isEmpty() && !m_nonEmpty)
            return QJsonValue::Undefined;
        return items;
    }
    void setReadOnly(bool readOnly) override { m_editor->setEnabled(!readOnly); }
    bool showProblem(const QString &rest, const QString &message) override
    {
        int index = -1;
        QString remainder;
        if (!splitIndex(rest, &index, &remainder) || index >= m_editor->items().size())
            return false;
        m_editor->addProblem(index, remainder, message);
        return true;
    }
    void clearProblems() override { m_editor->clearProblems(); }
    QWidget *reveal(const QString &rest) override
    {
        if (rest.isEmpty())
            return m_editor;
        int index = -1;
        QString remainder;
        return splitIndex(rest, &index, &remainder) ? m_editor->revealItem(index, remainder) : nullptr;
    }
    QString problemAt(const QString &rest) override
    {
        int index = -1;
        QString remainder;
        return splitIndex(rest, &index, &remainder) ? m_editor->problemAt(index, remainder) : QString();
    }

private:
    ObjectListEditor *m_editor;
    bool m_nonEmpty;
};

QPushButton *button(const QString &text, const QString &accessible, QWidget *parent)
{
    auto *button = new QPushButton(text, parent);
    button->setAccessibleName(accessible);
    return button;
}

} // namespace

std::unique_ptr<FieldInput> makeObjectListInput(const FieldSpec &spec, QWidget *parent)
{
    return std::make_unique<ObjectListInput>(spec, parent);
}

ObjectListEditor::ObjectListEditor(const FieldSpec &spec, QWidget *parent)
    : QGroupBox(fieldTitle(spec), parent), m_spec(spec), m_list(new QListWidget(this)),
      m_form(new ObjectForm(spec.type, this))
{
    const QString label = fieldwords::label(spec.name);
    setAccessibleName(label);
    m_list->setAccessibleName(label);
    m_add = button(tr("Add"), tr("Add to %1").arg(label), this);
    m_remove = button(tr("Remove"), tr("Remove from %1").arg(label), this);
    m_up = button(tr("Up"), tr("Move up in %1").arg(label), this);
    m_down = button(tr("Down"), tr("Move down in %1").arg(label), this);
    connect(m_add, &QPushButton::clicked, this, &ObjectListEditor::add);
    connect(m_remove, &QPushButton::clicked, this, &ObjectListEditor::remove);
    connect(m_up, &QPushButton::clicked, this, [this] { move(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { move(1); });
    connect(m_list, &QListWidget::currentRowChanged, this, &ObjectListEditor::select);

    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {m_add, m_remove, m_up, m_down})
        buttons->addWidget(b);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list);
    layout->addLayout(buttons);
    layout->addWidget(m_form);
    setFocusProxy(m_list);
    select(-1);
}

void ObjectListEditor::setItems(const QJsonArray &items)
{
    m_items.clear();
    for (const QJsonValue &item : items)
        m_items.append(item.toObject());
    m_problems.clear();
    m_current = -1;
    {
        const QSignalBlocker blocker(m_list);
        m_list->clear();
        for (qsizetype i = 0; i < m_items.size(); ++i)
            new QListWidgetItem(m_list);
        m_list->setCurrentRow(m_items.isEmpty() ? -1 : 0);
    }
    select(m_list->currentRow());
}

QJsonArray ObjectListEditor::items() const
{
    QJsonArray array;
    for (qsizetype i = 0; i < m_items.size(); ++i)
        array.append(i == m_current ? m_form->object() : m_items.at(i));
    return array;
}

bool ObjectListEditor::isMarked(int index) const
{
    return m_problems.contains(index);
}

void ObjectListEditor::clearProblems()
{
    m_problems.clear();
    m_form->clearProblems();
    refreshTitles();
}

void ObjectListEditor::addProblem(int index, const QString &path, const QString &message)
{
    m_problems[index].append({path, message});
    if (index == m_current)
        m_form->showProblem(path, message);
    refreshTitles();
}

QWidget *ObjectListEditor::revealItem(int index, const QString &path)
{
    if (index < 0 || index >= m_items.size())
        return nullptr;
    m_list->setCurrentRow(index);
    return path.isEmpty() ? static_cast<QWidget *>(m_list) : m_form->reveal(path);
}

QString ObjectListEditor::problemAt(int index, const QString &path)
{
    if (index < 0 || index >= m_items.size())
        return QString();
    m_list->setCurrentRow(index);
    return m_form->problemAt(path);
}

void ObjectListEditor::commit()
{
    if (m_current >= 0 && m_current < m_items.size())
        m_items[m_current] = m_form->object();
}

void ObjectListEditor::select(int row)
{
    commit();
    m_current = row;
    m_form->setObject(row >= 0 ? m_items.at(row) : QJsonObject());
    m_form->setVisible(row >= 0); // an empty list stays one line high, without a blank form
    m_form->clearProblems();
    for (const Problem &problem : m_problems.value(row))
        m_form->showProblem(problem.path, problem.message);
    refreshTitles();
    updateButtons();
}

void ObjectListEditor::add()
{
    commit();
    QJsonObject item;
    // The node stamps last_updated on what it stores; a new EVSE or connector starts with now.
    for (const FieldSpec &field : OcpiSchema::get().fields(m_spec.type)) {
        if (field.name == QLatin1String("last_updated"))
            item.insert(field.name, formatDateTime(QDateTime::currentDateTimeUtc()));
    }
    m_items.append(item);
    new QListWidgetItem(m_list);
    m_list->setCurrentRow(int(m_items.size()) - 1);
    m_form->focusFirstField();
}

void ObjectListEditor::remove()
{
    const int row = m_current;
    if (row < 0)
        return;
    m_current = -1; // the removed item is not written back
    m_items.removeAt(row);
    m_problems.clear(); // their indexes no longer match; the next save checks again
    {
        const QSignalBlocker blocker(m_list);
        delete m_list->takeItem(row);
    }
    const int next = qMin(row, int(m_items.size()) - 1);
    m_list->setCurrentRow(next);
    select(next);
}

void ObjectListEditor::move(int delta)
{
    const int row = m_current;
    const int target = row + delta;
    if (row < 0 || target < 0 || target >= m_items.size())
        return;
    commit();
    m_items.swapItemsAt(row, target);
    m_problems.clear();
    m_current = -1;
    m_list->setCurrentRow(target);
}

void ObjectListEditor::refreshTitles()
{
    const auto &fields = OcpiSchema::get().fields(m_spec.type);
    for (int row = 0; row < m_list->count(); ++row) {
        const QJsonObject item = row == m_current ? m_form->object() : m_items.value(row);
        QString name; // the first text field that is set names the item: uid, id, type, language
        for (const FieldSpec &field : fields) {
            if (item.value(field.name).isString() && !field.isList()) {
                name = item.value(field.name).toString();
                break;
            }
        }
        QString title = name.isEmpty() ? QString::number(row + 1) : tr("%1. %2").arg(row + 1).arg(name);
        QListWidgetItem *entry = m_list->item(row);
        const int problems = int(m_problems.value(row).size());
        if (problems > 0)
            title = tr("%1 (%n problem(s))", nullptr, problems).arg(title);
        entry->setText(title);
        entry->setIcon(problems > 0 ? style()->standardIcon(QStyle::SP_MessageBoxWarning) : QIcon());
        entry->setForeground(problems > 0 ? QBrush(QColor(0xb0, 0x20, 0x20)) : QBrush());
    }
}

void ObjectListEditor::updateButtons()
{
    // As high as its items, from one line to five; more scroll.
    const int rowHeight = qMax(m_list->fontMetrics().height(), m_list->iconSize().height()) + 4;
    const int rows = qBound(1, m_list->count(), 5);
    m_list->setFixedHeight(rowHeight * rows + 2 * m_list->frameWidth() + 2);
    m_remove->setEnabled(m_current >= 0);
    m_up->setEnabled(m_current > 0);
    m_down->setEnabled(m_current >= 0 && m_current < m_items.size() - 1);
}

} // namespace ocpi
