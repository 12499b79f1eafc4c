// SPDX-License-Identifier: GPL-2.0-or-later
// The whole team workflow through the command line, in-process: a master is distributed to three
// coders; each copy is coded by a script (accepting, rejecting and adding annotations, making
// actors by name); the copies are merged; `agree` on the merge gives exactly what it gives on one
// file in which the same three coders did the same work. Merging is idempotent and order-
// independent, never changes its inputs, reports conflicts and refuses a text that changed.

#include "cli/commandline.h"
#include "storage/projectwriter.h"
#include "snapshotdump.h"
#include "storage/projectsnapshot.h"

#include <QCryptographicHash>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Parlance;
using namespace Qt::StringLiterals;

namespace {

struct Run {
    int status = 0;
    QString out;
    QString err;
};

Run parlance(const QStringList &args)
{
    Run run;
    QTextStream out(&run.out), err(&run.err);
    run.status = Cli::run(QStringList{u"parlance"_s} + args, {out, err});
    out.flush();
    err.flush();
    return run;
}

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256) : QByteArray();
}

// Three articles of our own; each candidate is a phrase a coder may mark as a commitment.
struct Candidate {
    const char16_t *phrase;
    Model::CommitmentType type;
    const char16_t *holder;
};
struct Text {
    const char16_t *title;
    const char16_t *body;
    QList<Candidate> candidates;
};
const QList<Text> &texts()
{
    using T = Model::CommitmentType;
    static const QList<Text> all{
        {u"Corridor talks",
         u"The ministry promised to keep the corridor open through the winter. Officials in Kyiv demanded guarantees "
         u"from the monitors. Moscow warned that any convoy would be stopped, and said it was ready to resume talks next week.",
         {{u"promised to keep the corridor open", T::Promise, u"the ministry"},
          {u"demanded guarantees", T::Demand, u"Kyiv"},
          {u"warned that any convoy would be stopped", T::Threat, u"Moscow"},
          {u"ready to resume talks", T::Offer, u"Moscow"}}},
        {u"Grain deal",
         u"Ankara offered to host a second round. The envoy said his government would not sign without inspections, "
         u"and pledged to publish the text. Brussels plans to review the quotas in spring.",
         {{u"offered to host a second round", T::Offer, u"Ankara"},
          {u"would not sign without inspections", T::Refusal, u"the envoy"},
          {u"pledged to publish the text", T::Promise, u"the envoy"},
          {u"plans to review the quotas", T::Plan, u"Brussels"}}},
        {u"Border crossings",
         u"Both sides agreed to reopen two crossings. The minister assured residents that no one would be forced to leave, "
         u"and urged the council to approve the budget.",
         {{u"agreed to reopen two crossings", T::Agreement, u"both sides"},
          {u"assured residents that no one would be forced to leave", T::Assurance, u"the minister"},
          {u"urged the council to approve the budget", T::Demand, u"the minister"}}},
    };
    return all;
}

// What one coder does with one candidate: skip it, or mark it with these attributes.
struct Decision {
    bool marks = false;
    Model::CommitmentType type;
    QString holder;
    double strength = -1;
    bool negated = false;
    int trimEnd = 0; ///< marks a few characters less (a boundary disagreement)
};

Decision decide(const QString &coder, int article, int candidate)
{
    const Candidate &c = texts()[article].candidates[candidate];
    QRandomGenerator rng(quint32(qHash(coder) ^ (article * 97 + candidate * 13 + 1)));
    Decision d;
    d.marks = candidate == 0 || rng.bounded(10) < 8; // every coder marks the first: each worked on each article
    d.type = c.type;
    if (rng.bounded(10) < 2)
        d.type = Model::allCommitmentTypes()[rng.bounded(int(Model::allCommitmentTypes().size()))];
    d.holder = rng.bounded(10) < 9 ? QString::fromUtf16(c.holder) : u"Moscow"_s;
    d.strength = rng.bounded(10) < 7 ? 0.8 : 0.6;
    d.negated = rng.bounded(10) < 1;
    d.trimEnd = rng.bounded(10) < 1 ? 2 : 0;
    return d;
}

Model::Span spanIn(const QString &text, const char16_t *phrase)
{
    const QString p = QString::fromUtf16(phrase);
    const int at = int(text.indexOf(p));
    return {at, at + int(p.size())};
}

// Applies a coder's decisions to a project: accepting the coder's suggestion where one matches,
// else adding a manual annotation; rejecting the suggestions left.
void code(Storage::Project &p, const QString &coder)
{
    const QList<Storage::ArticleSummary> articles = p.articles();
    QCOMPARE(articles.size(), texts().size());
    for (int i = 0; i < texts().size(); ++i) {
        const qint64 id = articles[i].id;
        const QString body = p.article(id)->text;
        QList<Model::Annotation> mine;
        for (const Model::Annotation &a : p.annotations(id)) {
            if (a.coder == coder && a.origin == Model::Origin::Suggested)
                mine.append(a);
        }
        for (int c = 0; c < texts()[i].candidates.size(); ++c) {
            const Decision d = decide(coder, i, c);
            Model::Span span = spanIn(body, texts()[i].candidates[c].phrase);
            span.end -= d.trimEnd;
            auto suggestion = std::find_if(mine.begin(), mine.end(), [&](const Model::Annotation &a) { return a.span == span; });
            Model::Annotation a;
            if (suggestion != mine.end()) {
                a = *suggestion;
                mine.erase(suggestion);
                if (!d.marks) {
                    a.origin = Model::Origin::Rejected;
                    QVERIFY(Storage::ProjectWriter(p).updateAnnotation(a));
                    continue;
                }
                a.origin = Model::Origin::Accepted;
            } else if (!d.marks) {
                continue;
            } else {
                a.articleId = id;
                a.span = span;
                a.kind = Model::AnnotationKind::Commitment;
                a.origin = Model::Origin::Manual;
                a.coder = coder;
            }
            a.commitmentType = d.type;
            a.actorId = Storage::ProjectWriter(p).actorIdFor(d.holder, Model::ActorType::Other);
            a.strength = d.strength;
            a.negated = d.negated;
            if (a.id != 0)
                QVERIFY(Storage::ProjectWriter(p).updateAnnotation(a));
            else
                QVERIFY(Storage::ProjectWriter(p).addAnnotation(a));
        }
        for (Model::Annotation a : std::as_const(mine)) {
            a.origin = Model::Origin::Rejected;
            QVERIFY(Storage::ProjectWriter(p).updateAnnotation(a));
        }
    }
}

QJsonObject agreeJson(const QString &path)
{
    const Run run = parlance({u"agree"_s, path, u"--format"_s, u"json"_s});
    if (run.status != 0)
        qWarning() << run.err;
    QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8()).object();
    // What names the file and its row ids, not the agreement.
    json.remove(u"title"_s);
    QJsonArray disagreements = json.value(u"disagreements"_s).toArray();
    for (qsizetype i = 0; i < disagreements.size(); ++i) {
        QJsonObject d = disagreements[i].toObject();
        d.remove(u"article_id"_s);
        disagreements[i] = d;
    }
    json.insert(u"disagreements"_s, disagreements);
    return json;
}

QStringList dumpOf(const QString &path)
{
    Storage::Error error;
    const std::optional<Storage::ProjectSnapshot> snap = Storage::ProjectSnapshot::readFile(path, &error);
    return snap ? Test::dumpSnapshot(*snap) : QStringList{error.message()};
}

} // namespace

class TestTeamWorkflow final : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.filePath(name); }

    // The master: the three articles, with the analysis' suggestions for some candidates.
    void makeMaster(const QString &file)
    {
        auto p = Storage::Project::open(file, {.readOnly = false, .createIfMissing = true}, nullptr);
        QVERIFY(p);
        for (int i = 0; i < texts().size(); ++i) {
            Model::Article article;
            article.title = QString::fromUtf16(texts()[i].title);
            article.text = QString::fromUtf16(texts()[i].body);
            article.importedAt = QDateTime(QDate(2026, 2, 1), QTime(10, i), QTimeZone::UTC);
            QVERIFY(Storage::ProjectWriter(*p).addArticle(article));
            QList<Model::Annotation> suggestions;
            for (int c = 0; c < texts()[i].candidates.size(); c += 2) {
                Model::Annotation s;
                s.articleId = article.id;
                s.span = spanIn(article.text, texts()[i].candidates[c].phrase);
                s.kind = Model::AnnotationKind::Commitment;
                s.commitmentType = texts()[i].candidates[c].type;
                suggestions.append(s);
            }
            QVERIFY(Storage::ProjectWriter(*p).replaceSuggestions(article.id, suggestions));
        }
        QVERIFY(Storage::ProjectWriter(*p).actorIdFor(u"Moscow"_s, Model::ActorType::State) > 0);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void distributeCodeMergeAgree()
    {
        const QStringList coders{u"ann"_s, u"bo"_s, u"cy"_s};
        const QString master = path(u"study.parlance"_s);
        makeMaster(master);

        // 1. One blind copy per coder.
        Run run = parlance({u"distribute"_s, master, u"--coders"_s, coders.join(u','), u"-o"_s, path(u"copies"_s)});
        QVERIFY2(run.status == 0, qPrintable(run.err));
        QStringList copies;
        for (const QString &coder : coders) {
            copies.append(path(u"copies/study-%1.parlance"_s.arg(coder)));
            QVERIFY2(QFileInfo::exists(copies.last()), qPrintable(run.out));
        }
        run = parlance({u"distribute"_s, master, u"--coders"_s, u"ann"_s, u"-o"_s, path(u"copies"_s)});
        QCOMPARE(run.status, 1); // never overwrites a coder's copy
        QVERIFY(run.err.contains(u"exists already"_s));

        // 2. Each coder codes their copy; the same work goes into one shared file for comparison.
        const QString single = path(u"single.parlance"_s);
        QVERIFY(QFile::copy(master, single));
        for (int i = 0; i < coders.size(); ++i) {
            Storage::Error error;
            auto copy = Storage::Project::open(copies[i], {}, &error);
            QVERIFY2(copy, qPrintable(error.message()));
            QCOMPARE(copy->currentCoder(), coders[i]);
            for (const Storage::ArticleSummary &a : copy->articles()) {
                for (const Model::Annotation &x : copy->annotations(a.id))
                    QCOMPARE(x.coder, coders[i]); // blind: nobody else's work
            }
            code(*copy, coders[i]);
        }
        {
            auto one = Storage::Project::open(single, {}, nullptr);
            QVERIFY(one);
            // The master's suggestions belong to nobody; in one shared file each coder codes afresh.
            for (const Storage::ArticleSummary &a : one->articles()) {
                for (const Model::Annotation &x : one->annotations(a.id))
                    QVERIFY(Storage::ProjectWriter(*one).removeAnnotation(x.id));
            }
            for (const QString &coder : coders)
                code(*one, coder);
        }

        // 3. Merge: inputs untouched, the result the same in any order and when merged again.
        QList<QByteArray> before;
        for (const QString &c : std::as_const(copies))
            before.append(fileHash(c));
        const QString merged = path(u"merged.parlance"_s);
        run = parlance(QStringList{u"merge"_s} + copies + QStringList{u"-o"_s, merged});
        QVERIFY2(run.status == 0, qPrintable(run.err));
        QVERIFY(run.out.contains(u"Conflicts: 0"_s));
        for (int i = 0; i < copies.size(); ++i)
            QCOMPARE(fileHash(copies[i]), before[i]);
        const QString reversed = path(u"reversed.parlance"_s);
        run = parlance({u"merge"_s, copies[2], copies[0], copies[1], u"-o"_s, reversed});
        QVERIFY2(run.status == 0, qPrintable(run.err));
        const QStringList mergedDump = dumpOf(merged);
        QCOMPARE(dumpOf(reversed), mergedDump);
        const QString again = path(u"again.parlance"_s);
        run = parlance({u"merge"_s, merged, copies[1], u"-o"_s, again});
        QVERIFY2(run.status == 0, qPrintable(run.err));
        QCOMPARE(dumpOf(again), mergedDump);
        run = parlance({u"merge"_s, merged, copies[0], u"-o"_s, merged});
        QCOMPARE(run.status, 2); // the output is an input
        // Each coder made the holders by name in their own copy: in the merge, one actor per name.
        QSet<QString> holders{u"Moscow"_s};
        for (const QString &coder : coders) {
            for (int i = 0; i < texts().size(); ++i) {
                for (int c = 0; c < texts()[i].candidates.size(); ++c) {
                    if (decide(coder, i, c).marks)
                        holders.insert(decide(coder, i, c).holder);
                }
            }
        }
        QCOMPARE(mergedDump.filter(QRegularExpression(u"^actor "_s)).size(), holders.size());

        // 4. Agreement on the merge is agreement on the single file.
        const QJsonObject fromMerge = agreeJson(merged);
        const QJsonObject fromSingle = agreeJson(single);
        QCOMPARE(fromMerge.value(u"coders"_s).toArray().size(), 3);
        QVERIFY(fromMerge.value(u"rows"_s).toArray().size() > 8);
        QVERIFY(!fromMerge.value(u"disagreements"_s).toArray().isEmpty());
        QCOMPARE(fromMerge, fromSingle);
        QJsonObject typeRow;
        for (const QJsonValue &row : fromMerge.value(u"rows"_s).toArray()) {
            if (row[u"kind"_s] == u"commitment"_s && row[u"facet"_s] == u"type"_s && row[u"value"_s].isNull())
                typeRow = row.toObject();
        }
        QVERIFY(typeRow[u"units"_s].toInt() > 8);
        const double alpha = typeRow[u"alpha"_s][u"value"_s].toDouble(-2);
        QVERIFY2(alpha > 0.3 && alpha < 1.0, qPrintable(QString::number(alpha))); // mostly, not wholly, agreeing coders

        // 5. A coder works on after the merge: merging again keeps the newer and reports the conflict.
        QString changedUuid;
        {
            auto ann = Storage::Project::open(copies[0], {}, nullptr);
            const qint64 article = ann->articles().first().id;
            for (Model::Annotation a : ann->annotations(article)) {
                if (a.isConfirmed()) {
                    a.commitmentType = a.commitmentType == Model::CommitmentType::Refusal ? Model::CommitmentType::Plan
                                                                                          : Model::CommitmentType::Refusal;
                    QTest::qWait(5);
                    QVERIFY(Storage::ProjectWriter(*ann).updateAnnotation(a));
                    changedUuid = a.uuid;
                    break;
                }
            }
        }
        const QString later = path(u"later.parlance"_s);
        run = parlance({u"merge"_s, merged, copies[0], u"-o"_s, later});
        QVERIFY2(run.status == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(u"Conflicts: 1"_s), qPrintable(run.out));
        QVERIFY(run.out.contains(changedUuid + u", commitment type: kept"_s));
        Storage::Error error;
        const std::optional<Storage::ProjectSnapshot> laterSnap = Storage::ProjectSnapshot::readFile(later, &error);
        QCOMPARE(laterSnap->conflicts.size(), 1);
        QCOMPARE(laterSnap->conflicts.first().uuid, changedUuid);
        QVERIFY(fileHash(copies[0]) != before[0]);
    }

    void aChangedTextIsRefusedNamingBothFiles()
    {
        const QString master = path(u"texts.parlance"_s);
        makeMaster(master);
        Storage::Error error;
        std::optional<Storage::ProjectSnapshot> snap = Storage::ProjectSnapshot::readFile(master, &error);
        QVERIFY(snap);
        snap->articles.first().text += u" A sentence added elsewhere."_s;
        snap->articles.first().contentHash = Model::Article::hashText(snap->articles.first().text);
        const QString altered = path(u"altered.parlance"_s);
        QVERIFY(snap->write(altered, &error));
        const QString out = path(u"refused.parlance"_s);
        const Run run = parlance({u"merge"_s, master, altered, u"-o"_s, out});
        QCOMPARE(run.status, 1);
        QVERIFY2(run.err.contains(QDir::toNativeSeparators(master)) && run.err.contains(QDir::toNativeSeparators(altered)), qPrintable(run.err));
        QVERIFY(!QFileInfo::exists(out));
    }

    void agreeNeedsTwoCoders()
    {
        const QString master = path(u"lonely.parlance"_s);
        makeMaster(master);
        Run run = parlance({u"agree"_s, master});
        QCOMPARE(run.status, 1);
        QVERIFY2(run.err.contains(u"at least two coders"_s), qPrintable(run.err));
        run = parlance({u"agree"_s, master, u"--kind"_s, u"speech"_s});
        QCOMPARE(run.status, 2);
        run = parlance({u"agree"_s, master, u"--format"_s, u"pdf"_s});
        QCOMPARE(run.status, 2); // a PDF needs -o
    }
};

QTEST_GUILESS_MAIN(TestTeamWorkflow)
#include "tst_teamworkflow.moc"
