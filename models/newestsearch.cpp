#include "newestsearch.h"

NewestSearch::NewestSearch(OpenDatabase openDatabase, QObject *parent)
    : QObject(parent)
    , m_openDatabase(std::move(openDatabase))
{ }

NewestSearch::~NewestSearch() = default;
