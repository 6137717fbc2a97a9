#pragma once

#include "fieldinputs.h"

#include <QGroupBox>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>

class QListWidget;
class QPushButton;

namespace ocpi {

class ObjectForm;

// A list of objects (EVSEs, connectors, tariff elements, price components, display texts, ...)
// as master-detail: the items in a list with Add, Remove, Up and Down, and the selected item's
// ObjectForm below it, so evses[].connectors[] nests as a list inside the EVSE's form.
// Problems are kept per item: the item is marked in the list, and its problems appear at their
// fields whenever it is selected.
class ObjectListEditor : public QGroupBox
{
    Q_OBJECT

public:
    ObjectListEditor(const FieldSpec &spec, QWidget *parent = nullptr);

    QListWidget *list() const { return m_list; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *removeButton() const { return m_remove; }
    QPushButton *upButton() const { return m_up; }
    QPushButton *downButton() const { return m_down; }
    ObjectForm *itemForm() const { return m_form; }

    void setItems(const QJsonArray &items);
    QJsonArray items() const;
    bool isMarked(int index) const;

    void clearProblems();
    // `path` relative to the item ("connectors[0].max_voltage", "" for the item as a whole).
    void addProblem(int index, const QString &path, const QString &message);
    QWidget *revealItem(int index, const QString &path);
    QString problemAt(int index, const QString &path);

private:
    struct Problem
    {
        QString path;
        QString message;
    };

    void select(int row);
    void commit();
    void add();
    void remove();
    void move(int delta);
    void refreshTitles();
    void updateButtons();

    FieldSpec m_spec;
    QListWidget *m_list;
    QPushButton *m_add;
    QPushButton *m_remove;
    QPushButton *m_up;
    QPushButton *m_down;
    ObjectForm *m_form;
    QList<QJsonObject> m_items;
    QHash<int, QList<Problem>> m_problems;
    int m_current = -1;         // the item m_form shows
};

// The list editor as a field of an ObjectForm.
std::unique_ptr<FieldInput> makeObjectListInput(const FieldSpec &spec, QWidget *parent);

} // namespace ocpi
