#pragma once

#include "objecttablepage.h"

class QMessageBox;

namespace ocpi {

// Tariffs (TAR-*): ours and partners'; ours can be created, edited and withdrawn (TariffService::
// removeOwn, which tells the partners with a DELETE).
class TariffsPage : public ObjectTablePage
{
    Q_OBJECT

public:
    explicit TariffsPage(NodeController &node, QWidget *parent = nullptr);

    QPushButton *deleteButton() const { return m_delete; }

public slots:
    // Asks for confirmation first; the returned box is window-modal and does not block.
    QMessageBox *deleteSelected();

protected:
    QJsonObject newObjectTemplate(const PartyRole &owner) const override;
    void updateActions() override;

private:
    static QList<ObjectTableModel::Column> columns();

    QPushButton *m_delete;
};

} // namespace ocpi
