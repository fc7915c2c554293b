#include "clienttreemodel.h"
#include "mainwindow.h"
#include "querysession.h"
#include "results/resultspage.h"
#include "sampleendpoints.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QFileInfo>
#include <QFontDatabase>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QRawFont>
#include <QTabWidget>
#include <QTextDocument>
#include <QTranslator>
#include <QtTest>

// The console's languages. In Japanese, as a fresh machine set up by the README shows it (issue 19,
// point 5): every character of every text the main window shows — labels, buttons, menus, tabs, the
// results' headers and cells, the client tree — has a glyph in a font installed here, so nothing
// renders as an empty box. Fontconfig's real fonts are used (the offscreen platform reads them).
class TestConsoleLanguages : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyShownCharacterHasAGlyph();
    void englishPluralsReadAsEnglish();

private:
    QTemporaryDir m_dir;
    QTranslator m_translator;
    QVector<QRawFont> m_japaneseFonts;
};

void TestConsoleLanguages::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    const QLocale japanese(QLocale::Japanese, QLocale::Japan);
    QLocale::setDefault(japanese);
    // The translation the console embeds, as lrelease wrote it beside the console's executable.
    const QString console = qEnvironmentVariable("OSMGMT_CONSOLE");
    QVERIFY2(!console.isEmpty(), "OSMGMT_CONSOLE is not set");
    QVERIFY2(m_translator.load(japanese, QStringLiteral("osmgmt"), QStringLiteral("_"),
                               QFileInfo(console).absolutePath()),
             "the console's Japanese translation (osmgmt_ja.qm) is not beside it");
    QCoreApplication::installTranslator(&m_translator);
    const QStringList families = QFontDatabase::families(QFontDatabase::Japanese);
    QVERIFY2(
        !families.isEmpty(),
        "no installed font covers Japanese: the set-up must install one (fonts-ipafont-gothic)");
    for (const QString &family : families)
        m_japaneseFonts.append(QRawFont::fromFont(QFont(family), QFontDatabase::Japanese));
}

namespace {
QString plain(const QString &text)
{
    if (!Qt::mightBeRichText(text))
        return text;
    QTextDocument document;
    document.setHtml(text);
    return document.toPlainText();
}

QStringList modelTexts(const QAbstractItemModel *model, const QModelIndex &parent, int depth)
{
    QStringList texts;
    if (!model || depth > 3)
        return texts;
    for (int column = 0; column < model->columnCount(parent); ++column)
        texts << model->headerData(column, Qt::Horizontal).toString();
    for (int row = 0; row < std::min(model->rowCount(parent), 40); ++row) {
        for (int column = 0; column < model->columnCount(parent); ++column) {
            const QModelIndex index = model->index(row, column, parent);
            texts << index.data().toString() << index.data(Qt::ToolTipRole).toString();
        }
        texts << modelTexts(model, model->index(row, 0, parent), depth + 1);
    }
    return texts;
}

// What the window shows in words, with the widget or model each text came from.
QStringList shownTexts(const QWidget &window)
{
    QStringList texts { window.windowTitle() };
    for (const QLabel *label : window.findChildren<QLabel *>())
        texts << plain(label->text()) << label->toolTip();
    for (const QAbstractButton *button : window.findChildren<QAbstractButton *>())
        texts << button->text() << button->toolTip();
    for (const QGroupBox *box : window.findChildren<QGroupBox *>())
        texts << box->title();
    for (const QTabWidget *tabs : window.findChildren<QTabWidget *>()) {
        for (int tab = 0; tab < tabs->count(); ++tab)
            texts << tabs->tabText(tab);
    }
    for (const QAction *action : window.findChildren<QAction *>())
        texts << action->text() << action->toolTip();
    for (const QAbstractItemView *view : window.findChildren<QAbstractItemView *>())
        texts << modelTexts(view->model(), {}, 0);
    return texts;
}
} // namespace

void TestConsoleLanguages::everyShownCharacterHasAGlyph()
{
    QuerySession session(m_dir.filePath(QStringLiteral("ja.sqlite")), QStringLiteral("osm-hq"));
    MainWindow window(&session, m_dir.filePath(QStringLiteral("ja-scope.json")));
    window.resize(1400, 900);
    window.show();
    session.results()->appendEndpoints(SampleEndpoints::mixed(40));
    session.clientTree()->addRows(session.results()->snapshot(), session.results()->rowCount());
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    QStringList texts = shownTexts(window);
    emit window.findChild<QLabel *>(QStringLiteral("countLink-no-client-installed"))
        ->linkActivated(QStringLiteral("status:no-client-installed"));
    QVERIFY(window.resultsPage()->isVisible());
    texts << shownTexts(window);

    // The translation is in force: the check below would prove nothing on English words.
    const bool anyJapanese = std::any_of(texts.cbegin(), texts.cend(), [](const QString &text) {
        return std::any_of(text.cbegin(), text.cend(), [](QChar c) {
            return c.script() == QChar::Script_Hiragana || c.script() == QChar::Script_Katakana
                || c.script() == QChar::Script_Han;
        });
    });
    QVERIFY2(anyJapanese, "the main window shows no Japanese text");

    QStringList missing;
    int checked = 0;
    for (const QString &text : std::as_const(texts)) {
        const QVector<uint> characters = text.toUcs4();
        for (uint character : characters) {
            if (character < 0x80 || QChar::isSpace(character) || !QChar::isPrint(character))
                continue;
            ++checked;
            const bool drawn = std::any_of(
                m_japaneseFonts.cbegin(), m_japaneseFonts.cend(),
                [character](const QRawFont &font) { return font.supportsCharacter(character); });
            if (!drawn) {
                missing << QStringLiteral("U+%1 in \"%2\"")
                               .arg(character, 4, 16, QLatin1Char('0'))
                               .arg(text.left(60));
            }
        }
    }
    QVERIFY2(checked > 100, qPrintable(QStringLiteral("only %1 characters checked").arg(checked)));
    missing.removeDuplicates();
    QVERIFY2(
        missing.isEmpty(),
        qPrintable(QStringLiteral("no installed Japanese font draws: ") + missing.join(u"; ")));
}

void TestConsoleLanguages::englishPluralsReadAsEnglish()
{
    // The sources write plurals as "%n query(ies)"; the English translation gives the forms.
    QTranslator english;
    QVERIFY(english.load(QLocale(QLocale::English, QLocale::UnitedStates), QStringLiteral("osmgmt"),
                         QStringLiteral("_"),
                         QFileInfo(qEnvironmentVariable("OSMGMT_CONSOLE")).absolutePath()));
    QCoreApplication::removeTranslator(&m_translator);
    QCoreApplication::installTranslator(&english);
    const auto kept = [](int n) {
        return QCoreApplication::translate("HistoryPage", "%n query(ies) kept", nullptr, n);
    };
    QCOMPARE(kept(1), QStringLiteral("1 query kept"));
    QCOMPARE(kept(3), QStringLiteral("3 queries kept"));
    QCOMPARE(QCoreApplication::translate(
                 "ResultsPage", "No computer is named %1; %n name(s) contain it.", nullptr, 1),
             QStringLiteral("No computer is named %1; 1 name contains it."));
    QCoreApplication::removeTranslator(&english);
    QCoreApplication::installTranslator(&m_translator);
}

QTEST_MAIN(TestConsoleLanguages)
#include "tst_consolelanguages.moc"
