#pragma once

#include "objecttablepage.h"

namespace ocpi {

class AuthorizeDialog;

// Tokens (TOK-*): ours (eMSP) and partners' copies (when we are a CPO). Ours can be created,
// edited, invalidated and validated again (TokenService::patchOwn; tokens are never deleted,
// TOK-13), and asked about through the real-time authorization the node answers CPOs with.
class TokensPage : public ObjectTablePage
{
    Q_OBJECT

public:
    explicit TokensPage(NodeController &node, QWidget *parent = nullptr);

    QPushButton *invalidateButton() const { return m_invalidate; }
    QPushButton *validateButton() const { return m_validate; }
    QPushButton *authorizeButton() const { return m_authorize; }

public slots:
    void invalidateSelected();
    void validateSelected();
    // Seeded with the selected token (if any).
    AuthorizeDialog *openAuthorizeDialog();

protected:
    QJsonObject newObjectTemplate(const PartyRole &owner) const override;
    void updateActions() override;

private:
    static QList<ObjectTableModel::Column> columns();
    void setValid(bool valid);

    QPushButton *m_invalidate;
    QPushButton *m_validate;
    QPushButton *m_authorize;
};

} // namespace ocpi
