#pragma once

#include "directory/directorysession.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QQueue>
#include <QStringList>
#include <QTimer>

#include <memory>
#include <vector>

// The scope editor's Active Directory tree (issue 5, point 3): domain → OUs and containers →
// computers, loaded lazily through the DirectorySession's worker (fetchMore asks for a node's
// children; they arrive a page at a time), with tri-state check boxes. A page of 1,000 children
// goes into the model insertionSlice rows per turn of the event loop, so an OU of 10,000
// computers never holds the GUI thread for long (issue 5, point 6; docs/performance.md).
//
// The selection is a set of DNs, the same as the scope file's `activeDirectory.objects`: a
// checked node stands for everything below it, so checking an OU does not load it. A node is
// checked when it or an ancestor is selected, partly checked when something below it is.
// Unchecking one child of a checked OU replaces the OU by the child's siblings.
class ActiveDirectoryTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Role { DnRole = Qt::UserRole + 1, KindRole, IsLoadingRole };

    explicit ActiveDirectoryTreeModel(DirectorySession *session, QObject *parent = nullptr);
    ~ActiveDirectoryTreeModel() override;

    // The top node, e.g. the RootDSE's defaultNamingContext; clears the tree (not the selection).
    void setRoot(const QString &dn);
    QStringList selectedDns() const { return m_selected; }
    void setSelectedDns(const QStringList &dns);
    // The number of computers the selection holds, counted on the server; -1 while counting.
    int selectedComputers() const { return m_selectedComputers; }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

signals:
    void selectionChanged();
    // After each change of the selection, once the server has counted its computers.
    void selectedComputersCounted(int count);
    void loadFailed(const QString &text);

private:
    struct Node;

    Node *nodeOf(const QModelIndex &index) const;
    QModelIndex indexOf(Node *node) const;
    Qt::CheckState checkState(const Node *node) const;
    void check(Node *node);
    void uncheck(Node *node);
    void selectionEdited();
    void notifyCheckStates(Node *node);
    void childrenListed(quint64 requestId, const QString &parentDn,
                        const QVector<DirectoryNode> &children, bool complete);
    void requestFailed(quint64 requestId, const DirectoryError &error);
    void countSelection();
    // Inserts at most insertionSlice rows of what arrived, then yields to the event loop.
    void insertArrived();

    // A page of children waiting to be inserted: the page arrives whole from the worker, the
    // rows go in a slice at a time so that the GUI thread never stops for a whole page.
    struct Arrival
    {
        quint64 requestId = 0;
        QVector<DirectoryNode> children;
        qsizetype next = 0;
        bool complete = false;
    };
    static constexpr qsizetype insertionSlice = 100;

    DirectorySession *m_session;
    std::unique_ptr<Node> m_root; // invisible; its one child is the domain
    QHash<quint64, Node *> m_loading;
    QStringList m_selected;
    QStringList m_selectedKeys; // normalized, lower case: compared by suffix
    QTimer m_countLater;
    QQueue<Arrival> m_arrivals;
    QTimer m_insertSoon;
    quint64 m_countRequest = 0;
    int m_selectedComputers = 0;
};
