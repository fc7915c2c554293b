#pragma once

#include "common/result.h"
#include "endpointoutput.h"
#include "search/endpointcriteria.h"
#include "storeoptions.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>

// The options of `osmgmt-cli results`: which stored query, the advanced search's criteria
// (core/search), and where to write.
struct ResultsOptions
{
    Q_DECLARE_TR_FUNCTIONS(ResultsOptions)

public:
    std::optional<qint64> queryId; // nullopt: "last", the newest query
    EndpointCriteria criteria;
    StoreOptions store;
    EndpointOutput output;
    bool helpRequested = false;
    // --health: the health report's columns after each endpoint's (docs/health.md).
    bool health = false;

    static QString helpText();
    // A value, or what is wrong with the command line in words.
    static Result<ResultsOptions> parse(const QStringList &arguments);
};
