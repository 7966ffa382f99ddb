<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en_US">
<context>
    <name>KneeReason</name>
    <message>
        <source>QPS flat</source>
        <translation>QPS flach</translation>
    </message>
    <message>
        <source>p95 over the limit</source>
        <translation>p95 über der Grenze</translation>
    </message>
    <message>
        <source>failure rate over the limit</source>
        <translation>Fehlerrate über der Grenze</translation>
    </message>
</context>
<context>
    <name>MetricDefinitions</name>
    <message>
        <source>Latency</source>
        <translation>Latenz</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>Actual send → end of the stream (data: [DONE], or the body&apos;s end), per successful request. Time to headers is reported apart; Plateau&apos;s Locust-compatible CSV files use this latency as their response time.</source>
        <translation>Tatsächliches Senden → Ende des Streams (data: [DONE] oder Ende des Bodys), je erfolgreicher Anfrage. Die Zeit bis zu den Headern wird getrennt ausgewiesen; Plateaus Locust-kompatible CSV-Dateien verwenden diese Latenz als Antwortzeit.</translation>
    </message>
    <message>
        <source>Time to headers</source>
        <translation>Zeit bis zu den Headern</translation>
    </message>
    <message>
        <source>Send → response headers complete. Locust-based scripts report only this and call it latency; for a streaming agent it says little about what users wait for.</source>
        <translation>Senden → Antwort-Header vollständig. Locust-basierte Skripte melden nur diesen Wert und nennen ihn Latenz; bei einem streamenden Agenten sagt er wenig darüber, worauf Benutzer warten.</translation>
    </message>
    <message>
        <source>TTFT</source>
        <translation>TTFT</translation>
    </message>
    <message>
        <source>Time to first token: send → the first text delta (an answer token); tool-call and other events do not count. Time to first event is reported apart.</source>
        <translation>Zeit bis zum ersten Token: Senden → das erste Text-Delta (ein Antwort-Token); Tool-Aufrufe und andere Ereignisse zählen nicht. Die Zeit bis zum ersten Ereignis wird getrennt ausgewiesen.</translation>
    </message>
    <message>
        <source>Time to first event</source>
        <translation>Zeit bis zum ersten Ereignis</translation>
    </message>
    <message>
        <source>Send → the first SSE event of any kind, reported apart from TTFT.</source>
        <translation>Senden → das erste SSE-Ereignis jeder Art, getrennt von TTFT ausgewiesen.</translation>
    </message>
    <message>
        <source>ITL</source>
        <translation>ITL</translation>
    </message>
    <message>
        <source>Inter-token latency, per request: (last delta − first delta) / (deltas − 1).</source>
        <translation>Latenz zwischen Tokens, je Anfrage: (letztes Delta − erstes Delta) / (Deltas − 1).</translation>
    </message>
    <message>
        <source>TPOT</source>
        <translation>TPOT</translation>
    </message>
    <message>
        <source>Time per output token, per request: (latency − TTFT) / (deltas − 1).</source>
        <translation>Zeit pro Ausgabe-Token, je Anfrage: (Latenz − TTFT) / (Deltas − 1).</translation>
    </message>
    <message>
        <source>QPS of a step</source>
        <translation>QPS einer Stufe</translation>
    </message>
    <message>
        <source>requests/s</source>
        <translation>Anfragen/s</translation>
    </message>
    <message>
        <source>Requests completed inside the step&apos;s window (after the settle period), divided by the window&apos;s length. A TTFT sample is never counted as a request.</source>
        <translation>Innerhalb des Fensters der Stufe (nach der Einschwingzeit) abgeschlossene Anfragen, geteilt durch die Länge des Fensters. Ein TTFT-Messwert zählt nie als Anfrage.</translation>
    </message>
    <message>
        <source>QPS ok</source>
        <translation>QPS ok</translation>
    </message>
    <message>
        <source>Like QPS, counting only the requests that succeeded (failures excluded). Requests cancelled at the end of a test are neither ok nor failed.</source>
        <translation>Wie QPS, zählt aber nur erfolgreiche Anfragen (ohne Fehler). Am Ende eines Tests abgebrochene Anfragen sind weder ok noch fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Failure rate</source>
        <translation>Fehlerrate</translation>
    </message>
    <message>
        <source>ratio</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <source>Failed / completed requests, shown as a percentage (thresholds take the ratio: 0.15 is 15 %). Requests cancelled at the end of a test are not failures. Each failure class (connect, TLS, HTTP status, 429, redirect, auth, content type, no [DONE], no text delta, mid-stream error, protocol, stall and total timeout) is counted apart.</source>
        <translation>Fehlgeschlagene / abgeschlossene Anfragen, als Prozentsatz angezeigt (Schwellenwerte nehmen den Anteil: 0.15 sind 15 %). Am Ende eines Tests abgebrochene Anfragen sind keine Fehler. Jede Fehlerklasse (Verbindung, TLS, HTTP-Status, 429, Weiterleitung, Auth, Content-Type, kein [DONE], kein Text-Delta, Fehler im Stream, Protokoll, Stillstand und Gesamt-Timeout) wird getrennt gezählt.</translation>
    </message>
    <message>
        <source>Latency from intended send</source>
        <translation>Latenz ab geplantem Senden</translation>
    </message>
    <message>
        <source>Open-loop profiles: intended send time → end of the stream, which includes any queueing in the generator (coordinated omission).</source>
        <translation>Open-Loop-Profile: geplanter Sendezeitpunkt → Ende des Streams, einschließlich jeder Warteschlange im Generator (Coordinated Omission).</translation>
    </message>
    <message>
        <source>Peak</source>
        <translation>Spitze</translation>
    </message>
    <message>
        <source>The step with the highest QPS ok: its QPS ok (peak QPS ok) and the number of concurrent users it ran with (users at peak).</source>
        <translation>Die Stufe mit den meisten QPS ok: ihre QPS ok (Spitzen-QPS ok) und die Zahl gleichzeitiger Benutzer, mit der sie lief (Benutzer an der Spitze).</translation>
    </message>
    <message>
        <source>Knee</source>
        <translation>Knick</translation>
    </message>
    <message>
        <source>users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>The last step that still scaled: after it, added users raised QPS by less than the set fraction of the linear expectation, or latency p95 or the failure rate crossed its limit (one noisy step is not a knee). When the first step is already over a limit, the knee is that step.</source>
        <translation>Die letzte Stufe, die noch skalierte: danach steigerten zusätzliche Benutzer die QPS um weniger als den eingestellten Anteil der linearen Erwartung, oder Latenz p95 oder Fehlerrate überschritten ihre Grenze (eine einzelne verrauschte Stufe ist kein Knick). Liegt schon die erste Stufe über einer Grenze, ist sie der Knick.</translation>
    </message>
    <message>
        <source>Generator bound</source>
        <translation>Generator-begrenzt</translation>
    </message>
    <message>
        <source>The load generator itself ran out of CPU or its event loop lagged: the numbers are a floor for the server, not its limit.</source>
        <translation>Dem Lastgenerator selbst ging die CPU aus oder seine Event-Loop hing nach: Die Werte sind eine Untergrenze für den Server, nicht seine Grenze.</translation>
    </message>
    <message>
        <source>Percentiles</source>
        <translation>Perzentile</translation>
    </message>
    <message>
        <source>Real percentiles from log-linear histograms (within 1 % relative error), merged across worker threads; not Locust&apos;s rounded ones. Timings count successful requests only; whole-target values cover every step of the ramp.</source>
        <translation>Echte Perzentile aus log-linearen Histogrammen (höchstens 1 % relativer Fehler), über die Worker-Threads zusammengeführt; nicht die gerundeten von Locust. Zeiten zählen nur erfolgreiche Anfragen; Werte für das ganze Ziel umfassen jede Stufe der Rampe.</translation>
    </message>
    <message>
        <source>Output tokens/s</source>
        <translation>Ausgabe-Tokens/s</translation>
    </message>
    <message>
        <source>tokens/s</source>
        <translation>Tokens/s</translation>
    </message>
    <message>
        <source>Output tokens of the requests that ended in a window, from the server&apos;s usage report, divided by the window&apos;s length. When the server reports no usage, text deltas per second are shown instead and labelled deltas/s (a delta may hold several tokens).</source>
        <translation>Ausgabe-Tokens der Anfragen, die in einem Fenster endeten, laut Nutzungsbericht des Servers, geteilt durch die Länge des Fensters. Meldet der Server keine Nutzung, werden stattdessen Text-Deltas pro Sekunde angezeigt und als deltas/s beschriftet (ein Delta kann mehrere Tokens enthalten).</translation>
    </message>
    <message>
        <source>Max QPS under SLO</source>
        <translation>Max. QPS unter SLO</translation>
    </message>
    <message>
        <source>The highest QPS ok of a step whose latency p95, TTFT p95 and failure rate all stayed within the plan&apos;s SLO, and the users it ran with: the load the endpoint can promise, where the peak is only what it survived. When no step met the SLO, that is said instead.</source>
        <translation>Die höchste QPS ok einer Stufe, deren Latenz p95, TTFT p95 und Fehlerrate alle innerhalb des SLO des Plans blieben, und die Benutzer, mit denen sie lief: die Last, die der Endpunkt zusagen kann, während die Spitze nur das ist, was er überstanden hat. Erfüllte keine Stufe das SLO, wird stattdessen das angegeben.</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>the Qt network stack hides some server faults: it resends a request whose answer was malformed (the server sees it more than once), reads a garbage answer or an unparsable chunk size as a short body (counted as no_done, not protocol), accepts an answer head of any size and drops the fields of one with more than 100 (counted as content_type). Use the lean transport to judge a server&apos;s HTTP; this one for proxies, redirects and HTTP/2.</source>
        <translation>der Qt-Netzwerkstapel verbirgt manche Serverfehler: Er sendet eine Anfrage erneut, deren Antwort fehlerhaft war (der Server sieht sie mehrfach), liest eine unsinnige Antwort oder eine unlesbare Chunk-Größe als kurzen Body (gezählt als no_done, nicht protocol), akzeptiert einen Antwortkopf beliebiger Größe und verwirft die Felder eines Kopfes mit mehr als 100 (gezählt als content_type). Zum Beurteilen des HTTP eines Servers den schlanken Transport verwenden; diesen für Proxys, Weiterleitungen und HTTP/2.</translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message>
        <source>usage:
  plateau report RUN_DIR [--out FILE] [--svg]
  plateau report BASELINE CANDIDATE [--tolerance PCT] [--failure-tolerance PP] [--out FILE] [--svg]
  plateau report --baseline RUN... --candidate RUN... [--tolerance PCT] [--failure-tolerance PP]
                 [--out FILE] [--svg]
  plateau report --compare RUN RUN... [--out FILE] [--svg]
  plateau report RUN RUN RUN... [--out FILE] [--svg]

One run folder: (re)writes RUN_DIR/dashboard.html.
Two runs: a regression check of the candidate (the second) against the baseline (the first): per
configuration (target label) peak QPS ok, latency p95, TTFT p95 and failure rate, their change and a
verdict, as a table on stdout and at the top of the comparison page. A regression is a change for the
worse (QPS down; latency, TTFT, failures up) by more than the tolerance. A configuration the candidate
lacks, skipped or left without a successful request is a regression too.
Repeats (the r1..r5 loop): --baseline r1 r2 r3 --candidate r4 r5 r6 compares the means (shown as
mean ± sd); a change is a regression only when it also exceeds 2 standard deviations of either group.
Three or more runs, or --compare: the comparison page of the runs side by side, no check.

Options:
  --out FILE              where to write the HTML (default: RUN_DIR/dashboard.html for one run
                          folder, ./comparison.html otherwise)
  --svg                   draw the charts with the built-in SVG renderer, not Chart.js
  --baseline RUN...       the baseline runs of a check (every run up to the next option)
  --candidate RUN...      the candidate runs of a check
  --tolerance PCT         the change in peak QPS ok, latency p95 and TTFT p95, in percent of the
                          baseline, that is still no regression (default 5)
  --failure-tolerance PP  the rise of the failure rate, in percentage points, that is still no
                          regression (default 1)
  --compare               several runs side by side without a check, exit 0 (what `plateau report A B`
                          did before it became a check)
  -h, --help              this text

RUN is a Plateau run folder or a Locust *_stats.csv file (its *_stats_history.csv beside it).
Exit status: 0 written, and no regression; 1 a regression; 2 bad input, or a run or file that could
not be read or written.
</source>
        <translation>Aufruf:
  plateau report RUN_DIR [--out FILE] [--svg]
  plateau report BASELINE CANDIDATE [--tolerance PCT] [--failure-tolerance PP] [--out FILE] [--svg]
  plateau report --baseline RUN... --candidate RUN... [--tolerance PCT] [--failure-tolerance PP]
                 [--out FILE] [--svg]
  plateau report --compare RUN RUN... [--out FILE] [--svg]
  plateau report RUN RUN RUN... [--out FILE] [--svg]

Ein Laufordner: schreibt RUN_DIR/dashboard.html (neu).
Zwei Läufe: eine Regressionsprüfung des Kandidaten (des zweiten) gegen die Baseline (den ersten): je
Konfiguration (Ziel-Label) Spitzen-QPS ok, Latenz p95, TTFT p95 und Fehlerrate, ihre Änderung und ein
Urteil, als Tabelle auf stdout und oben auf der Vergleichsseite. Eine Regression ist eine Änderung zum
Schlechteren (QPS sinkt; Latenz, TTFT, Fehler steigen) um mehr als die Toleranz. Eine Konfiguration, die dem
Kandidaten fehlt, die er übersprungen oder ohne erfolgreiche Anfrage gelassen hat, ist ebenfalls eine Regression.
Wiederholungen (die r1..r5-Schleife): --baseline r1 r2 r3 --candidate r4 r5 r6 vergleicht die Mittelwerte (angezeigt
als Mittelwert ± sd); eine Änderung ist nur dann eine Regression, wenn sie auch 2 Standardabweichungen einer der beiden Gruppen übersteigt.
Drei oder mehr Läufe oder --compare: die Vergleichsseite der Läufe nebeneinander, ohne Prüfung.

Optionen:
  --out FILE              wohin das HTML geschrieben wird (Standard: RUN_DIR/dashboard.html bei einem
                          Laufordner, sonst ./comparison.html)
  --svg                   die Diagramme mit dem eingebauten SVG-Renderer zeichnen, nicht mit Chart.js
  --baseline RUN...       die Baseline-Läufe einer Prüfung (jeder Lauf bis zur nächsten Option)
  --candidate RUN...      die Kandidaten-Läufe einer Prüfung
  --tolerance PCT         die Änderung von Spitzen-QPS ok, Latenz p95 und TTFT p95 in Prozent der
                          Baseline, die noch keine Regression ist (Standard 5)
  --failure-tolerance PP  der Anstieg der Fehlerrate in Prozentpunkten, der noch keine
                          Regression ist (Standard 1)
  --compare               mehrere Läufe nebeneinander ohne Prüfung, Exit 0 (was `plateau report A B`
                          tat, bevor es eine Prüfung wurde)
  -h, --help              dieser Text

RUN ist ein Plateau-Laufordner oder eine Locust-Datei *_stats.csv (mit ihrer *_stats_history.csv daneben).
Exit-Status: 0 geschrieben und keine Regression; 1 eine Regression; 2 ungültige Eingabe oder ein Lauf bzw.
eine Datei, der bzw. die nicht gelesen oder geschrieben werden konnte.
</translation>
    </message>
    <message>
        <source>warning: </source>
        <translation>Warnung: </translation>
    </message>
    <message>
        <source>(plateau report --help)</source>
        <translation>(plateau report --help)</translation>
    </message>
    <message>
        <source>name the runs either as BASELINE CANDIDATE or after --baseline and --candidate, not both (left over: %1)</source>
        <translation>die Läufe entweder als BASELINE CANDIDATE oder nach --baseline und --candidate angeben, nicht beides (übrig: %1)</translation>
    </message>
    <message>
        <source>--compare shows runs without a check; it does not go with --baseline and --candidate</source>
        <translation>--compare zeigt Läufe ohne Prüfung; es passt nicht zu --baseline und --candidate</translation>
    </message>
    <message>
        <source>--baseline needs at least one run folder</source>
        <translation>--baseline braucht mindestens einen Laufordner</translation>
    </message>
    <message>
        <source>--candidate needs at least one run folder</source>
        <translation>--candidate braucht mindestens einen Laufordner</translation>
    </message>
    <message>
        <source>name at least one run folder (plateau report --help)</source>
        <translation>mindestens einen Laufordner angeben (plateau report --help)</translation>
    </message>
    <message>
        <source>--%1 belongs to a regression check: name two runs, or --baseline and --candidate</source>
        <translation>--%1 gehört zu einer Regressionsprüfung: zwei Läufe angeben oder --baseline und --candidate</translation>
    </message>
    <message>
        <source>--%1 must be a number from 0 to %2 (e.g. 5), not &apos;%3&apos;</source>
        <translation>--%1 muss eine Zahl von 0 bis %2 sein (z. B. 5), nicht &apos;%3&apos;</translation>
    </message>
    <message>
        <source>wrote %1</source>
        <translation>%1 geschrieben</translation>
    </message>
    <message>
        <source>REGRESSION (exit 1)</source>
        <translation>REGRESSION (Exit 1)</translation>
    </message>
    <message>
        <source>no regression (exit 0)</source>
        <translation>keine Regression (Exit 0)</translation>
    </message>
</context>
<context>
    <name>TargetPhase</name>
    <message>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <source>health check</source>
        <translation>Health-Check</translation>
    </message>
    <message>
        <source>warm-up</source>
        <translation>Aufwärmen</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>done</source>
        <translation>fertig</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>gestoppt</translation>
    </message>
</context>
<context>
    <name>plateau</name>
    <message>
        <source>No step completed a request, so there is no saturation verdict.</source>
        <translation>Keine Stufe hat eine Anfrage abgeschlossen, daher gibt es kein Sättigungsurteil.</translation>
    </message>
    <message>
        <source>peak %1 QPS ok at %2 users</source>
        <translation>Spitze %1 QPS ok bei %2 Benutzern</translation>
    </message>
    <message>
        <source>QPS flattened after %1 users: %1→%2 users added %3 QPS where linear scaling predicts %4 (%5).</source>
        <translation>QPS flachte nach %1 Benutzern ab: %1→%2 Benutzer brachten %3 QPS mehr, wo lineare Skalierung %4 erwarten lässt (%5).</translation>
    </message>
    <message>
        <source>Latency p95 crossed the %1 ms limit after %2 users: %3 ms at %4 users (%5).</source>
        <translation>Latenz p95 überschritt nach %2 Benutzern die Grenze von %1 ms: %3 ms bei %4 Benutzern (%5).</translation>
    </message>
    <message>
        <source>Latency p95 was over the %1 ms limit from the first step on: %2 users, %3 ms at %4 users (%5).</source>
        <translation>Latenz p95 lag ab der ersten Stufe über der Grenze von %1 ms: %2 Benutzer, %3 ms bei %4 Benutzern (%5).</translation>
    </message>
    <message>
        <source>The failure rate crossed the %1% limit after %2 users: %3% at %4 users (%5).</source>
        <translation>Die Fehlerrate überschritt nach %2 Benutzern die Grenze von %1 %: %3 % bei %4 Benutzern (%5).</translation>
    </message>
    <message>
        <source>The failure rate was over the %1% limit from the first step on: %2 users, %3% at %4 users (%5).</source>
        <translation>Die Fehlerrate lag ab der ersten Stufe über der Grenze von %1 %: %2 Benutzer, %3 % bei %4 Benutzern (%5).</translation>
    </message>
    <message>
        <source>QPS kept scaling up to %1 users: no knee within the ramp (%2).</source>
        <translation>QPS skalierte bis %1 Benutzer weiter: kein Knick innerhalb der Rampe (%2).</translation>
    </message>
    <message>
        <source>Too few requests completed per step to find a knee (%1).</source>
        <translation>Zu wenige abgeschlossene Anfragen pro Stufe, um einen Knick zu finden (%1).</translation>
    </message>
    <message>
        <source>The load generator itself was saturated at %1 users (CPU %2% of %3%, event-loop lag up to %4 ms): these numbers are a floor, not the server&apos;s capacity.</source>
        <translation>Der Lastgenerator selbst war bei %1 Benutzern ausgelastet (CPU %2 % von %3 %, Event-Loop-Verzögerung bis %4 ms): Diese Werte sind eine Untergrenze, nicht die Kapazität des Servers.</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>QPS</source>
        <translation>QPS</translation>
    </message>
    <message>
        <source>QPS ok</source>
        <translation>QPS ok</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latenz</translation>
    </message>
    <message>
        <source>TTFT</source>
        <translation>TTFT</translation>
    </message>
    <message>
        <source>Failures %</source>
        <translation>Fehler %</translation>
    </message>
    <message>
        <source>QPS (completed/s)</source>
        <translation>QPS (abgeschlossen/s)</translation>
    </message>
    <message>
        <source>QPS ok (succeeded/s)</source>
        <translation>QPS ok (erfolgreich/s)</translation>
    </message>
    <message>
        <source>Latency (ms)</source>
        <translation>Latenz (ms)</translation>
    </message>
    <message>
        <source>TTFT (ms)</source>
        <translation>TTFT (ms)</translation>
    </message>
    <message>
        <source>Failures (%)</source>
        <translation>Fehler (%)</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>more lines skipped</source>
        <translation>weitere Zeilen übersprungen</translation>
    </message>
    <message>
        <source>not JSON (%1 at byte %2)</source>
        <translation>kein JSON (%1 bei Byte %2)</translation>
    </message>
    <message>
        <source>no string &quot;prompt&quot; or &quot;content&quot; field</source>
        <translation>kein Zeichenkettenfeld „prompt“ oder „content“</translation>
    </message>
    <message>
        <source>empty prompt</source>
        <translation>leerer Prompt</translation>
    </message>
    <message>
        <source>cannot open %1: no such file</source>
        <translation>%1 kann nicht geöffnet werden: Datei existiert nicht</translation>
    </message>
    <message>
        <source>%1 is too large (%2 bytes; at most 64 MiB)</source>
        <translation>%1 ist zu groß (%2 Bytes; höchstens 64 MiB)</translation>
    </message>
    <message>
        <source>header &quot;%1&quot; is not &quot;Name: value&quot;</source>
        <translation>Header „%1“ hat nicht die Form „Name: Wert“</translation>
    </message>
    <message>
        <source>cannot open %1</source>
        <translation>%1 kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>no request succeeded at %1 users</source>
        <translation>keine Anfrage war bei %1 Benutzern erfolgreich</translation>
    </message>
    <message>
        <source>the failure rate was %1 at %2 users (limit %3)</source>
        <translation>die Fehlerrate war %1 bei %2 Benutzern (Grenze %3)</translation>
    </message>
    <message>
        <source>latency p95 was %1 ms at %2 users (limit %3 ms)</source>
        <translation>Latenz p95 war %1 ms bei %2 Benutzern (Grenze %3 ms)</translation>
    </message>
    <message>
        <source>TTFT p95 was %1 ms at %2 users (limit %3 ms)</source>
        <translation>TTFT p95 war %1 ms bei %2 Benutzern (Grenze %3 ms)</translation>
    </message>
    <message>
        <source>no text delta arrived at %1 users, so TTFT was never measured</source>
        <translation>bei %1 Benutzern kam kein Text-Delta an, daher wurde TTFT nie gemessen</translation>
    </message>
    <message>
        <source>latency p95 ≤ %1 ms</source>
        <translation>Latenz p95 ≤ %1 ms</translation>
    </message>
    <message>
        <source>TTFT p95 ≤ %1 ms</source>
        <translation>TTFT p95 ≤ %1 ms</translation>
    </message>
    <message>
        <source>failure rate ≤ %1</source>
        <translation>Fehlerrate ≤ %1</translation>
    </message>
    <message>
        <source>Max QPS under the SLO (%1): %2 QPS ok at %3 users.</source>
        <translation>Max. QPS unter dem SLO (%1): %2 QPS ok bei %3 Benutzern.</translation>
    </message>
    <message>
        <source>No step met the SLO (%1); the first measured step already missed it: %2.</source>
        <translation>Keine Stufe erfüllte das SLO (%1); schon die erste gemessene Stufe verfehlte es: %2.</translation>
    </message>
    <message>
        <source>No step completed a request, so none met the SLO (%1).</source>
        <translation>Keine Stufe hat eine Anfrage abgeschlossen, daher erfüllte keine das SLO (%1).</translation>
    </message>
    <message>
        <source>Target %1</source>
        <translation>Ziel %1</translation>
    </message>
    <message>
        <source>Header %1 name</source>
        <translation>Name von Header %1</translation>
    </message>
    <message>
        <source>Header %1 value</source>
        <translation>Wert von Header %1</translation>
    </message>
    <message>
        <source>Header %1</source>
        <translation>Header %1</translation>
    </message>
    <message>
        <source>Header %1 %2</source>
        <translation>Header %1 %2</translation>
    </message>
    <message>
        <source>Threshold %1</source>
        <translation>Schwellenwert %1</translation>
    </message>
    <message>
        <source>Prompt %1</source>
        <translation>Prompt %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>gestoppt</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <source>skipped — %1</source>
        <translation>übersprungen — %1</translation>
    </message>
    <message>
        <source>%1 — its threshold failed</source>
        <translation>%1 — sein Schwellenwert wurde verfehlt</translation>
    </message>
    <message>
        <source>%1 — its threshold passed</source>
        <translation>%1 — sein Schwellenwert wurde eingehalten</translation>
    </message>
    <message>
        <source>%1 — all %2 thresholds passed</source>
        <translation>%1 — alle %2 Schwellenwerte eingehalten</translation>
    </message>
    <message>
        <source>%1 — %2 of %3 thresholds failed</source>
        <translation>%1 — %2 von %3 Schwellenwerten verfehlt</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 (%2%)</source>
        <translation>%1 (%2%)</translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>nicht gemessen</translation>
    </message>
    <message>
        <source>Cold start not judged: the burst has no first seconds to compare.</source>
        <translation>Kaltstart nicht bewertet: Der Burst hat keine ersten Sekunden zum Vergleichen.</translation>
    </message>
    <message>
        <source>Cold start not judged: the first %1 s or the rest of the burst completed no request.</source>
        <translation>Kaltstart nicht bewertet: In den ersten %1 s oder im Rest des Bursts wurde keine Anfrage abgeschlossen.</translation>
    </message>
    <message>
        <source>TTFT p95 %1 ms in the first %2 s against %3 ms after, failures %4 against %5</source>
        <translation>TTFT p95 %1 ms in den ersten %2 s gegenüber %3 ms danach, Fehler %4 gegenüber %5</translation>
    </message>
    <message>
        <source>Cold-start penalty: %1.</source>
        <translation>Kaltstart-Einbuße: %1.</translation>
    </message>
    <message>
        <source>No cold-start penalty: %1.</source>
        <translation>Keine Kaltstart-Einbuße: %1.</translation>
    </message>
    <message>
        <source>Drift not judged: fewer than two parts of the phase completed a request.</source>
        <translation>Drift nicht bewertet: Weniger als zwei Abschnitte der Phase haben eine Anfrage abgeschlossen.</translation>
    </message>
    <message>
        <source>latency p95 %1 ms in the first part against %2 ms in the last, failures %3 against %4</source>
        <translation>Latenz p95 %1 ms im ersten Abschnitt gegenüber %2 ms im letzten, Fehler %3 gegenüber %4</translation>
    </message>
    <message>
        <source>Drifting: %1.</source>
        <translation>Drift erkannt: %1.</translation>
    </message>
    <message>
        <source>Steady: %1.</source>
        <translation>Stabil: %1.</translation>
    </message>
    <message>
        <source>req/s</source>
        <translation>req/s</translation>
    </message>
    <message>
        <source>users</source>
        <translation>Nutzer</translation>
    </message>
    <message>
        <source>goodput %1 req/s at %2</source>
        <translation>Goodput %1 req/s bei %2</translation>
    </message>
    <message>
        <source>no probe stayed within the SLO</source>
        <translation>kein Messlauf blieb innerhalb des SLO</translation>
    </message>
    <message>
        <source>the SLO broke at %1</source>
        <translation>das SLO wurde bei %1 verletzt</translation>
    </message>
    <message>
        <source>the SLO broke at %1 (%2)</source>
        <translation>das SLO wurde bei %1 verletzt (%2)</translation>
    </message>
    <message>
        <source>the SLO held up to the bound</source>
        <translation>das SLO hielt bis zur Grenze</translation>
    </message>
    <message>
        <source>skipped: %1</source>
        <translation>übersprungen: %1</translation>
    </message>
    <message>
        <source>its gate was closed</source>
        <translation>ihr Gate war geschlossen</translation>
    </message>
    <message>
        <source>not reached: %1</source>
        <translation>nicht erreicht: %1</translation>
    </message>
    <message>
        <source>the target ended before it</source>
        <translation>das Ziel endete vorher</translation>
    </message>
    <message>
        <source>Stopped while it ran.</source>
        <translation>Während der Ausführung gestoppt.</translation>
    </message>
    <message>
        <source>peak %1 QPS ok at %2 req/s offered</source>
        <translation>Spitze %1 QPS ok bei %2 req/s angebotener Last</translation>
    </message>
    <message>
        <source>%1 req/s</source>
        <translation>%1 req/s</translation>
    </message>
    <message>
        <source>the failure rate was %1%</source>
        <translation>die Fehlerrate betrug %1%</translation>
    </message>
    <message>
        <source>latency p95 was %1 ms (limit %2 ms)</source>
        <translation>Latenz p95 betrug %1 ms (Grenze %2 ms)</translation>
    </message>
    <message>
        <source>it served %1 req/s (%2% of the offered rate), %3 arrivals dropped</source>
        <translation>bedient wurden %1 req/s (%2% der angebotenen Rate), %3 Ankünfte verworfen</translation>
    </message>
    <message>
        <source>The endpoint kept up with the arrival rate up to %1 req/s; at %2 %3 (%4).</source>
        <translation>Der Endpunkt hielt mit der Ankunftsrate bis %1 req/s mit; bei %2: %3 (%4).</translation>
    </message>
    <message>
        <source>The endpoint fell behind from the first step on: at %1 %2 (%3).</source>
        <translation>Der Endpunkt fiel ab der ersten Stufe zurück – bei %1: %2 (%3).</translation>
    </message>
    <message>
        <source>The endpoint kept up with every arrival rate up to %1 req/s: no knee within the ramp (%2).</source>
        <translation>Der Endpunkt hielt mit jeder Ankunftsrate bis %1 req/s mit: kein Knick innerhalb der Rampe (%2).</translation>
    </message>
    <message>
        <source>The load generator itself was saturated at %1 req/s (CPU %2%, event-loop lag up to %3 ms): these numbers are a floor.</source>
        <translation>Der Lastgenerator selbst war bei %1 req/s ausgelastet (CPU %2%, Event-Loop-Verzögerung bis %3 ms): Diese Werte sind eine Untergrenze.</translation>
    </message>
    <message>
        <source>column %1: %2</source>
        <translation>Spalte %1: %2</translation>
    </message>
    <message>
        <source>… (%1 in all)</source>
        <translation>… (%1 insgesamt)</translation>
    </message>
    <message>
        <source>no string &quot;%1&quot; field</source>
        <translation>kein String-Feld &quot;%1&quot;</translation>
    </message>
    <message>
        <source>line %1: no &quot;prompt&quot;, &quot;content&quot;, &quot;text&quot;, &quot;question&quot; or &quot;input&quot; column; the header has %2: name the column to use</source>
        <translation>Zeile %1: keine Spalte &quot;prompt&quot;, &quot;content&quot;, &quot;text&quot;, &quot;question&quot; oder &quot;input&quot;; die Kopfzeile hat %2: die zu verwendende Spalte angeben</translation>
    </message>
    <message>
        <source>line %1: no column &quot;%2&quot;; the header has %3</source>
        <translation>Zeile %1: keine Spalte &quot;%2&quot;; die Kopfzeile hat %3</translation>
    </message>
    <message>
        <source>only %1 cells, so no &quot;%2&quot; (column %3)</source>
        <translation>nur %1 Zellen, also kein &quot;%2&quot; (Spalte %3)</translation>
    </message>
    <message>
        <source>no header row: the first line names the columns, e.g. prompt</source>
        <translation>keine Kopfzeile: Die erste Zeile benennt die Spalten, z. B. prompt</translation>
    </message>
    <message>
        <source>%1 is read as text, one prompt per line, which has no field &quot;%2&quot;: use a .jsonl or .csv file, or leave the field empty</source>
        <translation>%1 wird als Text gelesen, ein Prompt pro Zeile, und hat kein Feld &quot;%2&quot;: eine .jsonl- oder .csv-Datei verwenden oder das Feld leer lassen</translation>
    </message>
    <message>
        <source>%1 more</source>
        <translation>%1 weitere</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 holds no prompt</source>
        <translation>%1 enthält keinen Prompt</translation>
    </message>
    <message>
        <source>Phase %1</source>
        <translation>Phase %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Gate</source>
        <translation>Gate</translation>
    </message>
    <message>
        <source>Max QPS under the SLO (%1): %2 QPS ok at %3 req/s offered.</source>
        <translation>Max. QPS im SLO (%1): %2 QPS ok bei %3 Anfragen/s angeboten.</translation>
    </message>
</context>
<context>
    <name>plateau::AuthRefModel</name>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Static token</source>
        <translation>Statisches Token</translation>
    </message>
    <message>
        <source>OAuth M2M</source>
        <translation>OAuth M2M</translation>
    </message>
    <message>
        <source>CLI token</source>
        <translation>CLI-Token</translation>
    </message>
    <message>
        <source>Per-user login</source>
        <translation>Anmeldung pro Benutzer</translation>
    </message>
    <message>
        <source>None (no Authorization header)</source>
        <translation>Keine (kein Authorization-Header)</translation>
    </message>
    <message>
        <source>Static token (PAT or short-lived user token)</source>
        <translation>Statisches Token (PAT oder kurzlebiges Benutzer-Token)</translation>
    </message>
    <message>
        <source>OAuth M2M (service principal)</source>
        <translation>OAuth M2M (Dienstprinzipal)</translation>
    </message>
    <message>
        <source>CLI token (a command prints it)</source>
        <translation>CLI-Token (von einem Befehl ausgegeben)</translation>
    </message>
    <message>
        <source>Per-user login (users file)</source>
        <translation>Anmeldung pro Benutzer (Benutzerdatei)</translation>
    </message>
    <message>
        <source>another reference already has this name</source>
        <translation>eine andere Referenz hat bereits diesen Namen</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(unbenannt)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
</context>
<context>
    <name>plateau::ChartPanel</name>
    <message>
        <source>Plot against:</source>
        <translation>Auftragen gegen:</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>One point per ramp step (and the step in progress)</source>
        <translation>Ein Punkt pro Rampenstufe (und die laufende Stufe)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>One point per snapshot interval since the load phase began</source>
        <translation>Ein Punkt pro Messintervall seit Beginn der Lastphase</translation>
    </message>
    <message>
        <source>Zoom to max users:</source>
        <translation>Zoom bis max. Benutzer:</translation>
    </message>
    <message>
        <source>Zoom the users axis to lower concurrency</source>
        <translation>Die Benutzerachse auf geringere Nebenläufigkeit zoomen</translation>
    </message>
    <message>
        <source>No data yet. Start a run (F5), or open a past run from the History tab.</source>
        <translation>Noch keine Daten. Einen Lauf starten (F5) oder einen früheren Lauf im Reiter „Verlauf“ öffnen.</translation>
    </message>
    <message>
        <source>solid p50, dashed p95, dotted p99</source>
        <translation>durchgezogen p50, gestrichelt p95, gepunktet p99</translation>
    </message>
    <message>
        <source>solid p50, dashed p95</source>
        <translation>durchgezogen p50, gestrichelt p95</translation>
    </message>
    <message>
        <source>%1 users</source>
        <translation>%1 Benutzer</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Concurrent users</source>
        <translation>Gleichzeitige Benutzer</translation>
    </message>
    <message>
        <source>Seconds since the load phase began</source>
        <translation>Sekunden seit Beginn der Lastphase</translation>
    </message>
    <message>
        <source>knee</source>
        <translation>Knick</translation>
    </message>
    <message>
        <source>peak = knee, %1 users</source>
        <translation>Spitze = Knick, %1 Benutzer</translation>
    </message>
    <message>
        <source>peak %1 QPS ok</source>
        <translation>Spitze %1 QPS ok</translation>
    </message>
    <message>
        <source>knee %1 users</source>
        <translation>Knick %1 Benutzer</translation>
    </message>
    <message>
        <source>Layout:</source>
        <translation>Layout:</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>Raster</translation>
    </message>
    <message>
        <source>QPS, latency, TTFT and failures at once, on one shared x axis</source>
        <translation>QPS, Latenz, TTFT und Fehler auf einmal, auf einer gemeinsamen x-Achse</translation>
    </message>
    <message>
        <source>Tabs</source>
        <translation>Tabs</translation>
    </message>
    <message>
        <source>One metric per tab, larger, with QPS ok and latency p99 apart</source>
        <translation>Eine Metrik pro Tab, größer, mit QPS ok und Latenz p99 getrennt</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>all</source>
        <translation>alle</translation>
    </message>
    <message>
        <source>QPS — solid ok, dashed all completed</source>
        <translation>QPS — durchgezogen ok, gestrichelt alle abgeschlossenen</translation>
    </message>
    <message>
        <source>Latency (ms) — solid p50, dashed p95</source>
        <translation>Latenz (ms) — durchgezogen p50, gestrichelt p95</translation>
    </message>
    <message>
        <source>TTFT (ms) — solid p50, dashed p95</source>
        <translation>TTFT (ms) — durchgezogen p50, gestrichelt p95</translation>
    </message>
    <message>
        <source>Failures (%)</source>
        <translation>Fehler (%)</translation>
    </message>
</context>
<context>
    <name>plateau::ChecksEditor</name>
    <message>
        <source>Health check and warm-up</source>
        <translation>Health-Check und Aufwärmen</translation>
    </message>
    <message>
        <source>Check each target before its load</source>
        <translation>Jedes Ziel vor seiner Last prüfen</translation>
    </message>
    <message>
        <source>One streaming request must reach [DONE] before the load starts; a target that fails it is skipped and the run fails</source>
        <translation>Eine Streaming-Anfrage muss [DONE] erreichen, bevor die Last beginnt; ein Ziel, das dabei scheitert, wird übersprungen und der Lauf schlägt fehl</translation>
    </message>
    <message>
        <source> attempts</source>
        <translation> Versuche</translation>
    </message>
    <message>
        <source>How many times the check is tried before the target is skipped</source>
        <translation>Wie oft die Prüfung versucht wird, bevor das Ziel übersprungen wird</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Pause between two attempts</source>
        <translation>Pause zwischen zwei Versuchen</translation>
    </message>
    <message>
        <source>Deadline of one attempt; an app that starts cold may need a minute</source>
        <translation>Frist eines Versuchs; eine App, die kalt startet, kann eine Minute brauchen</translation>
    </message>
    <message>
        <source> requests</source>
        <translation> Anfragen</translation>
    </message>
    <message>
        <source>Requests sent one after another before the load, not counted in the results (0 = none); they run whether the check is on or off</source>
        <translation>Anfragen, die vor der Last nacheinander gesendet und nicht in den Ergebnissen gezählt werden (0 = keine); sie laufen, ob die Prüfung ein- oder ausgeschaltet ist</translation>
    </message>
    <message>
        <source>Attempts:</source>
        <translation>Versuche:</translation>
    </message>
    <message>
        <source>Retry delay:</source>
        <translation>Wartezeit bis zur Wiederholung:</translation>
    </message>
    <message>
        <source>Timeout per attempt:</source>
        <translation>Timeout pro Versuch:</translation>
    </message>
    <message>
        <source>Warm-up:</source>
        <translation>Aufwärmen:</translation>
    </message>
    <message>
        <source>Saturation verdict</source>
        <translation>Sättigungsurteil</translation>
    </message>
    <message>
        <source>The knee is the first step whose QPS gain is below this share of the gain expected if QPS grew linearly with users</source>
        <translation>Der Knick ist die erste Stufe, deren QPS-Zuwachs unter diesem Anteil des Zuwachses liegt, der bei linearem Wachstum der QPS mit den Benutzern zu erwarten wäre</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>keine Grenze</translation>
    </message>
    <message>
        <source>A step whose latency p95 crosses this limit is the knee</source>
        <translation>Eine Stufe, deren Latenz p95 diese Grenze überschreitet, ist der Knick</translation>
    </message>
    <message>
        <source>A step whose failure rate (0..1) crosses this limit is the knee</source>
        <translation>Eine Stufe, deren Fehlerrate (0..1) diese Grenze überschreitet, ist der Knick</translation>
    </message>
    <message>
        <source>Flat fraction:</source>
        <translation>Anteil für flach:</translation>
    </message>
    <message>
        <source>Latency p95 limit:</source>
        <translation>Grenze Latenz p95:</translation>
    </message>
    <message>
        <source>Failure rate limit:</source>
        <translation>Grenze Fehlerrate:</translation>
    </message>
    <message>
        <source>Thresholds</source>
        <translation>Schwellenwerte</translation>
    </message>
    <message>
        <source>SLO</source>
        <translation>SLO</translation>
    </message>
    <message>
        <source>What a step must deliver to count as served: the results show the highest QPS ok of a step within all three limits as &quot;max QPS under SLO&quot;</source>
        <translation>Was eine Stufe liefern muss, um als bedient zu gelten: Die Ergebnisse zeigen die höchste QPS ok einer Stufe innerhalb aller drei Grenzen als „max. QPS unter SLO“</translation>
    </message>
    <message>
        <source>A step whose latency p95 is above this limit is not within the SLO</source>
        <translation>Eine Stufe, deren Latenz-p95 über dieser Grenze liegt, ist nicht innerhalb des SLO</translation>
    </message>
    <message>
        <source>A step whose time to first token p95 is above this limit is not within the SLO; a step without any text delta then never is</source>
        <translation>Eine Stufe, deren p95 der Zeit bis zum ersten Token über dieser Grenze liegt, ist nicht innerhalb des SLO; eine Stufe ohne Text-Delta ist es dann nie</translation>
    </message>
    <message>
        <source>A step whose failure rate (0..1) is above this limit is not within the SLO; 0 allows no failure at all</source>
        <translation>Eine Stufe, deren Fehlerrate (0..1) über dieser Grenze liegt, ist nicht innerhalb des SLO; 0 erlaubt gar keinen Fehler</translation>
    </message>
    <message>
        <source>TTFT p95 limit:</source>
        <translation>TTFT-p95-Grenze:</translation>
    </message>
    <message>
        <source>Each enabled target passes only when every threshold holds, over its whole load phase or in every step; a failed threshold makes the run exit 1.</source>
        <translation>Jedes aktive Ziel besteht nur, wenn jeder Schwellenwert hält, über die ganze Lastphase oder in jeder Stufe; ein verfehlter Schwellenwert beendet den Lauf mit Exit-Code 1.</translation>
    </message>
    <message>
        <source>The plan&apos;s named threshold set judged beside the thresholds below (plateau run --threshold-set NAME)</source>
        <translation>Der benannte Schwellenwert-Satz des Plans, der neben den Schwellenwerten unten bewertet wird (plateau run --threshold-set NAME)</translation>
    </message>
    <message>
        <source>Threshold set:</source>
        <translation>Schwellenwert-Satz:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n gate(s))</source>
        <translation>
            <numerusform>%1 (%n Schwellenwert)</numerusform>
            <numerusform>%1 (%n Schwellenwerte)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (not in the plan)</source>
        <translation>%1 (nicht im Plan)</translation>
    </message>
</context>
<context>
    <name>plateau::Cli</name>
    <message>
        <source>(plateau %1 --help lists every option)</source>
        <translation>(plateau %1 --help listet jede Option auf)</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>Diese Hilfe anzeigen und beenden.</translation>
    </message>
    <message>
        <source> (set with %1)</source>
        <translation> (gesetzt mit %1)</translation>
    </message>
    <message>
        <source>plateau: warning: %1</source>
        <translation>plateau: Warnung: %1</translation>
    </message>
    <message>
        <source>plateau: note: %1</source>
        <translation>plateau: Hinweis: %1</translation>
    </message>
    <message>
        <source>Runs a load test with live progress and writes its run folder (plan.json, run.json, dashboard.html, one folder of CSVs per target). Without a plan file, --app-url and the flags below describe the whole plan, with the defaults of Databricks&apos; load-testing guide; with one, they override its fields. Exit 0 passed, 1 a threshold or health check failed, 2 bad input, 130 Ctrl-C.</source>
        <translation>Führt einen Lasttest mit Live-Fortschritt aus und schreibt seinen Laufordner (plan.json, run.json, dashboard.html, ein Ordner mit CSVs pro Ziel). Ohne Plandatei beschreiben --app-url und die Flags unten den ganzen Plan, mit den Standardwerten aus dem Lasttest-Leitfaden von Databricks; mit einer Plandatei überschreiben sie deren Felder. Exit 0 bestanden, 1 ein Schwellenwert oder Health-Check fehlgeschlagen, 2 ungültige Eingabe, 130 Strg+C.</translation>
    </message>
    <message>
        <source>Test plan (*.plateau.json); optional with --app-url.</source>
        <translation>Testplan (*.plateau.json); optional mit --app-url.</translation>
    </message>
    <message>
        <source>Run the demo plan against an embedded mock agent.</source>
        <translation>Den Demo-Plan gegen einen eingebetteten Mock-Agent ausführen.</translation>
    </message>
    <message>
        <source>Run folder name (default: the plan&apos;s name and the time; without a plan file it also names the plan).</source>
        <translation>Name des Laufordners (Standard: der Name des Plans und die Uhrzeit; ohne Plandatei benennt er auch den Plan).</translation>
    </message>
    <message>
        <source>Folder the run folders go in (default ./runs).</source>
        <translation>Ordner, in den die Laufordner kommen (Standard ./runs).</translation>
    </message>
    <message>
        <source>Do not write a run folder.</source>
        <translation>Keinen Laufordner schreiben.</translation>
    </message>
    <message>
        <source>Accepted for run_load_test.py&apos;s command lines: every run folder gets its dashboard.html anyway.</source>
        <translation>Für die Befehlszeilen von run_load_test.py akzeptiert: jeder Laufordner bekommt ohnehin seine dashboard.html.</translation>
    </message>
    <message>
        <source>Write the plan as it will run to this file, then run it (with --dry-run: only write it). Never holds a secret.</source>
        <translation>Den Plan so, wie er laufen wird, in diese Datei schreiben und dann ausführen (mit --dry-run: nur schreiben). Enthält nie ein Geheimnis.</translation>
    </message>
    <message>
        <source>Check the plan and print what would run (targets, steps, estimated time); send nothing.</source>
        <translation>Den Plan prüfen und ausgeben, was laufen würde (Ziele, Stufen, geschätzte Zeit); nichts senden.</translation>
    </message>
    <message>
        <source>Auth references file (default: the workbench&apos;s, %1).</source>
        <translation>Datei der Auth-Referenzen (Standard: die der Workbench, %1).</translation>
    </message>
    <message>
        <source>Read secrets from the environment only, not from the OS keychain.</source>
        <translation>Geheimnisse nur aus der Umgebung lesen, nicht aus dem Schlüsselbund des Betriebssystems.</translation>
    </message>
    <message>
        <source>No window (the run command never opens one).</source>
        <translation>Kein Fenster (der Befehl run öffnet nie eines).</translation>
    </message>
    <message>
        <source>Usage: plateau run [PLAN.plateau.json] [options]</source>
        <translation>Aufruf: plateau run [PLAN.plateau.json] [Optionen]</translation>
    </message>
    <message>
        <source>define it in the workbench under Run &gt; Credentials… (or pass --auth-refs FILE); --client-id with --client-secret-env defines &apos;%1&apos; for one run</source>
        <translation>definieren Sie sie in der Workbench unter Lauf &gt; Zugangsdaten… (oder übergeben Sie --auth-refs FILE); --client-id mit --client-secret-env definiert &apos;%1&apos; für einen Lauf</translation>
    </message>
    <message>
        <source>--dashboard is written into the run folder: drop --no-output</source>
        <translation>--dashboard wird in den Laufordner geschrieben: --no-output weglassen</translation>
    </message>
    <message>
        <source>--demo runs the demo plan as it is, without --app-url, the plan flags, --dry-run or --save-plan; use those without --demo</source>
        <translation>--demo führt den Demo-Plan unverändert aus, ohne --app-url, die Plan-Flags, --dry-run oder --save-plan; diese ohne --demo verwenden</translation>
    </message>
    <message>
        <source>run needs a plan file, --app-url URL or --demo</source>
        <translation>run braucht eine Plandatei, --app-url URL oder --demo</translation>
    </message>
    <message>
        <source>plateau run: cannot save the plan: %1</source>
        <translation>plateau run: Plan kann nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>plateau: plan saved to %1</source>
        <translation>plateau: Plan gespeichert unter %1</translation>
    </message>
    <message>
        <source>plateau: dry run: nothing was sent</source>
        <translation>plateau: Probelauf: nichts wurde gesendet</translation>
    </message>
    <message>
        <source>Checks a plan and prints every problem with its JSON path (exit 2), or a one-line summary (exit 0). The plan flags override its fields as they do for plateau run.</source>
        <translation>Prüft einen Plan und gibt jedes Problem mit seinem JSON-Pfad aus (Exit 2) oder eine einzeilige Zusammenfassung (Exit 0). Die Plan-Flags überschreiben seine Felder wie bei plateau run.</translation>
    </message>
    <message>
        <source>Test plan (*.plateau.json).</source>
        <translation>Testplan (*.plateau.json).</translation>
    </message>
    <message>
        <source>Usage: plateau validate PLAN.plateau.json [options]</source>
        <translation>Aufruf: plateau validate PLAN.plateau.json [Optionen]</translation>
    </message>
    <message>
        <source>TCP port, 0 = any free one (default 8765).</source>
        <translation>TCP-Port, 0 = ein beliebiger freier (Standard 8765).</translation>
    </message>
    <message>
        <source>Address to listen on (default 127.0.0.1).</source>
        <translation>Adresse, auf der gelauscht wird (Standard 127.0.0.1).</translation>
    </message>
    <message>
        <source>Server threads (default 1).</source>
        <translation>Server-Threads (Standard 1).</translation>
    </message>
    <message>
        <source>Text deltas per answer (default %1; MOCK_CHUNK_COUNT sets it).</source>
        <translation>Text-Deltas pro Antwort (Standard %1; MOCK_CHUNK_COUNT setzt den Wert).</translation>
    </message>
    <message>
        <source>Milliseconds between deltas (default %1; MOCK_CHUNK_DELAY_MS sets it).</source>
        <translation>Millisekunden zwischen Deltas (Standard %1; MOCK_CHUNK_DELAY_MS setzt den Wert).</translation>
    </message>
    <message>
        <source>Tool-call items before the text (default %1).</source>
        <translation>Tool-Aufruf-Elemente vor dem Text (Standard %1).</translation>
    </message>
    <message>
        <source>Streams served at once, the rest queue; 0 = unlimited (default %1).</source>
        <translation>Gleichzeitig bediente Streams, der Rest wartet; 0 = unbegrenzt (Standard %1).</translation>
    </message>
    <message>
        <source>Share of requests answered 429, 0 to 1 (default %1).</source>
        <translation>Anteil der Anfragen, die mit 429 beantwortet werden, 0 bis 1 (Standard %1).</translation>
    </message>
    <message>
        <source>Share of requests answered 500, 0 to 1 (default %1).</source>
        <translation>Anteil der Anfragen, die mit 500 beantwortet werden, 0 bis 1 (Standard %1).</translation>
    </message>
    <message>
        <source>Share with an error event mid-stream, 0 to 1 (default %1).</source>
        <translation>Anteil mit einem Fehler-Event mitten im Stream, 0 bis 1 (Standard %1).</translation>
    </message>
    <message>
        <source>Share that stall half-way, 0 to 1 (default %1).</source>
        <translation>Anteil, der auf halbem Weg hängen bleibt, 0 bis 1 (Standard %1).</translation>
    </message>
    <message>
        <source>Usage: plateau mock [options]</source>
        <translation>Aufruf: plateau mock [Optionen]</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>unbekannter Befehl &apos;%1&apos;</translation>
    </message>
    <message>
        <source>step_ramp: %1 more users every %2 s up to %3, %4 users/s, the first %5 s of each step not measured</source>
        <translation>step_ramp: %1 Benutzer mehr alle %2 s bis %3, %4 Benutzer/s, die ersten %5 s jeder Stufe nicht gemessen</translation>
    </message>
    <message>
        <source>burst: %1 users within %2 s, held %3 s</source>
        <translation>burst: %1 Benutzer innerhalb von %2 s, gehalten %3 s</translation>
    </message>
    <message>
        <source>sustained: %1 users for %2 s</source>
        <translation>sustained: %1 Benutzer für %2 s</translation>
    </message>
    <message>
        <source>constant_rate: %1 requests/s for %2 s, at most %3 in flight</source>
        <translation>constant_rate: %1 Anfragen/s für %2 s, höchstens %3 gleichzeitig</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s), users: %1</source>
        <translation>
            <numerusform>%n Stufe, Benutzer: %1</numerusform>
            <numerusform>%n Stufen, Benutzer: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>plan &apos;%1&apos;: %2 target(s), tested one after another</source>
        <translation>Plan &apos;%1&apos;: %2 Ziel(e), nacheinander getestet</translation>
    </message>
    <message>
        <source>compute %1, workers %2</source>
        <translation>Compute %1, Worker %2</translation>
    </message>
    <message>
        <source>compute %1, workers unknown</source>
        <translation>Compute %1, Worker unbekannt</translation>
    </message>
    <message>
        <source>, auth %1</source>
        <translation>, Auth %1</translation>
    </message>
    <message>
        <source> (disabled)</source>
        <translation> (deaktiviert)</translation>
    </message>
    <message>
        <source>  about %1 of load per target, %2 for %3 target(s), plus health checks and warm-up</source>
        <translation>  etwa %1 Last pro Ziel, %2 für %3 Ziel(e), plus Health-Checks und Aufwärmen</translation>
    </message>
    <message>
        <source>Writes a starter plan with a // comment on every section and field (what it does, its unit). It runs as it is against `plateau mock`; --app-url and the other plan flags fill it in.</source>
        <translation>Schreibt einen Startplan mit einem //-Kommentar zu jedem Abschnitt und Feld (was es bewirkt, seine Einheit). Er läuft unverändert gegen `plateau mock`; --app-url und die anderen Plan-Flags füllen ihn aus.</translation>
    </message>
    <message>
        <source>Where to write the plan (default %1).</source>
        <translation>Wohin der Plan geschrieben wird (Standard %1).</translation>
    </message>
    <message>
        <source>Overwrite FILE when it exists.</source>
        <translation>FILE überschreiben, wenn sie existiert.</translation>
    </message>
    <message>
        <source>(plateau init --help lists every option)</source>
        <translation>(plateau init --help listet jede Option auf)</translation>
    </message>
    <message>
        <source>Usage: plateau init [FILE] [options]</source>
        <translation>Aufruf: plateau init [FILE] [Optionen]</translation>
    </message>
    <message>
        <source>plateau init: give one file, not %1</source>
        <translation>plateau init: eine Datei angeben, nicht %1</translation>
    </message>
    <message>
        <source>plateau init: %1 does not end in .json; name it like %2, which the workbench&apos;s Open dialog lists</source>
        <translation>plateau init: %1 endet nicht auf .json; benennen Sie sie wie %2, was der Öffnen-Dialog der Workbench anzeigt</translation>
    </message>
    <message>
        <source>plateau init: %1 is a folder; name a file in it, e.g. %2</source>
        <translation>plateau init: %1 ist ein Ordner; nennen Sie eine Datei darin, z. B. %2</translation>
    </message>
    <message>
        <source>plateau init: %1 already exists; pass --force to overwrite it</source>
        <translation>plateau init: %1 existiert bereits; --force übergeben, um sie zu überschreiben</translation>
    </message>
    <message>
        <source>plateau init: %1</source>
        <translation>plateau init: %1</translation>
    </message>
    <message>
        <source>plateau init: wrote %1 (%2 target(s), about %3 of load per target)</source>
        <translation>plateau init: %1 geschrieben (%2 Ziel(e), etwa %3 Last pro Ziel)</translation>
    </message>
    <message>
        <source>next: edit its targets, or try it as it is: `plateau mock` in one terminal, `plateau run %1` in another</source>
        <translation>weiter: die Ziele bearbeiten oder den Plan unverändert ausprobieren: `plateau mock` in einem Terminal, `plateau run %1` in einem anderen</translation>
    </message>
    <message>
        <source>next: plateau run %1</source>
        <translation>weiter: plateau run %1</translation>
    </message>
    <message>
        <source>%1 is given %2 times: give it once</source>
        <translation>%1 ist %2-mal angegeben: nur einmal angeben</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is not a whole number (e.g. %1 %3)</source>
        <translation>%1 &apos;%2&apos; ist keine ganze Zahl (z. B. %1 %3)</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is not a number (e.g. %1 %3)</source>
        <translation>%1 &apos;%2&apos; ist keine Zahl (z. B. %1 %3)</translation>
    </message>
    <message>
        <source>%1 %2 for %3 --app-url: the n-th %2 belongs to the n-th --app-url; drop the extra ones or add their --app-url</source>
        <translation>%1 %2 für %3 --app-url: das n-te %2 gehört zum n-ten --app-url; die überzähligen weglassen oder ihr --app-url hinzufügen</translation>
    </message>
    <message>
        <source> (with a plan file, %1 comes with --app-url, which replaces the plan&apos;s targets)</source>
        <translation> (mit einer Plandatei gehört %1 zu --app-url, das die Ziele des Plans ersetzt)</translation>
    </message>
    <message>
        <source>--compute-size is empty: give a size such as medium or large</source>
        <translation>--compute-size ist leer: eine Größe wie medium oder large angeben</translation>
    </message>
    <message>
        <source>--app-url is empty: give the endpoint&apos;s base URL, e.g. https://my-app.aws.databricksapps.com</source>
        <translation>--app-url ist leer: die Basis-URL des Endpunkts angeben, z. B. https://my-app.aws.databricksapps.com</translation>
    </message>
    <message>
        <source>--app-url &apos;%1&apos; has no scheme: add http:// or https:// (e.g. https://%1)</source>
        <translation>--app-url &apos;%1&apos; hat kein Schema: http:// oder https:// ergänzen (z. B. https://%1)</translation>
    </message>
    <message>
        <source>--app-url &apos;%1&apos; is not an http(s) URL with a host (e.g. https://my-app.example.com)</source>
        <translation>--app-url &apos;%1&apos; ist keine http(s)-URL mit Host (z. B. https://my-app.example.com)</translation>
    </message>
    <message>
        <source>--max-users, --step-size, --step-duration, --spawn-rate and --settle shape a step_ramp profile, but this plan&apos;s profile is %1: change profile.kind in the plan, or drop those flags</source>
        <translation>--max-users, --step-size, --step-duration, --spawn-rate und --settle formen ein step_ramp-Profil, aber das Profil dieses Plans ist %1: profile.kind im Plan ändern oder diese Flags weglassen</translation>
    </message>
    <message>
        <source>--client-id needs the workspace URL of its token endpoint: pass --host https://&lt;workspace&gt;.cloud.databricks.com or set DATABRICKS_HOST</source>
        <translation>--client-id braucht die Workspace-URL seines Token-Endpunkts: --host https://&lt;workspace&gt;.cloud.databricks.com übergeben oder DATABRICKS_HOST setzen</translation>
    </message>
    <message>
        <source>the service principal needs a client id: pass --client-id ID or set DATABRICKS_CLIENT_ID</source>
        <translation>der Service Principal braucht eine Client-ID: --client-id ID übergeben oder DATABRICKS_CLIENT_ID setzen</translation>
    </message>
    <message>
        <source>--host (or DATABRICKS_HOST): %1</source>
        <translation>--host (oder DATABRICKS_HOST): %1</translation>
    </message>
    <message>
        <source>DATABRICKS_CLIENT_ID is set, but no --client-id was given: the targets are called without credentials (add --client-id &quot;$DATABRICKS_CLIENT_ID&quot; --client-secret-env DATABRICKS_CLIENT_SECRET for the service principal)</source>
        <translation>DATABRICKS_CLIENT_ID ist gesetzt, aber kein --client-id wurde angegeben: die Ziele werden ohne Zugangsdaten aufgerufen (für den Service Principal --client-id &quot;$DATABRICKS_CLIENT_ID&quot; --client-secret-env DATABRICKS_CLIENT_SECRET hinzufügen)</translation>
    </message>
    <message>
        <source>--auth-ref names a reference of the auth references file, and --client-id and its companions make one of their own: give one or the other</source>
        <translation>--auth-ref nennt eine Referenz aus der Datei der Auth-Referenzen, und --client-id mit seinen Begleitern bildet eine eigene: das eine oder das andere angeben</translation>
    </message>
    <message>
        <source>give --client-secret-env or --client-secret, not both</source>
        <translation>--client-secret-env oder --client-secret angeben, nicht beides</translation>
    </message>
    <message>
        <source>--host &apos;%1&apos; has no scheme: add https:// (e.g. https://%1)</source>
        <translation>--host &apos;%1&apos; hat kein Schema: https:// ergänzen (z. B. https://%1)</translation>
    </message>
    <message>
        <source>service principal from the command line</source>
        <translation>Service Principal von der Befehlszeile</translation>
    </message>
    <message>
        <source>--client-secret-env %1: the variable %1 is not set or is empty (export %1=&lt;secret&gt; first, or name the variable that holds the secret)</source>
        <translation>--client-secret-env %1: die Variable %1 ist nicht gesetzt oder leer (zuerst export %1=&lt;secret&gt; ausführen oder die Variable nennen, die das Geheimnis enthält)</translation>
    </message>
    <message>
        <source>--client-secret is empty</source>
        <translation>--client-secret ist leer</translation>
    </message>
    <message>
        <source>a secret given with --client-secret is visible to other local users in the process list; --client-secret-env VAR is the safer form</source>
        <translation>ein mit --client-secret übergebenes Geheimnis ist für andere lokale Benutzer in der Prozessliste sichtbar; --client-secret-env VAR ist die sicherere Form</translation>
    </message>
    <message>
        <source>the service principal needs its secret: pass --client-secret-env VAR (e.g. --client-secret-env DATABRICKS_CLIENT_SECRET) or set %1</source>
        <translation>der Service Principal braucht sein Geheimnis: --client-secret-env VAR übergeben (z. B. --client-secret-env DATABRICKS_CLIENT_SECRET) oder %1 setzen</translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <source>Endpoint base URL to test, with http:// or https://; repeat it for a matrix, tested one after another. Replaces a plan file&apos;s targets.</source>
        <translation>Basis-URL des zu testenden Endpunkts, mit http:// oder https://; für eine Matrix wiederholen, nacheinander getestet. Ersetzt die Ziele einer Plandatei.</translation>
    </message>
    <message>
        <source>Label of the n-th --app-url, names its results folder (default: from the host name, as the workbench&apos;s Add URLs… makes it).</source>
        <translation>Bezeichnung der n-ten --app-url, benennt ihren Ergebnisordner (Standard: aus dem Hostnamen, so wie es „URLs hinzufügen …“ in der Werkbank macht).</translation>
    </message>
    <message>
        <source>Compute size of the n-th --app-url: small, medium, large, xlarge or any tag (default: from the host name, else medium).</source>
        <translation>Compute-Größe der n-ten --app-url: small, medium, large, xlarge oder eine beliebige Kennzeichnung (Standard: aus dem Hostnamen, sonst medium).</translation>
    </message>
    <message>
        <source>Server workers of the n-th --app-url, for the report (default: from the host name, e.g. -w8, else 0 = unknown).</source>
        <translation>Server-Worker der n-ten --app-url, für den Bericht (Standard: aus dem Hostnamen, z. B. -w8, sonst 0 = unbekannt).</translation>
    </message>
    <message>
        <source>Most concurrent users of the step ramp (default 300).</source>
        <translation>Höchstzahl gleichzeitiger Benutzer der Stufenrampe (Standard 300).</translation>
    </message>
    <message>
        <source>Users added per step (default 20).</source>
        <translation>Pro Stufe hinzugefügte Benutzer (Standard 20).</translation>
    </message>
    <message>
        <source>Seconds each step is held (default 30).</source>
        <translation>Sekunden, die jede Stufe gehalten wird (Standard 30).</translation>
    </message>
    <message>
        <source>Users started per second (default 20).</source>
        <translation>Pro Sekunde gestartete Benutzer (Standard 20).</translation>
    </message>
    <message>
        <source>Seconds at the start of each step left out of its statistics (default: a sixth of --step-duration, at most 5; with a plan file, the plan&apos;s).</source>
        <translation>Sekunden am Anfang jeder Stufe, die aus ihrer Statistik ausgenommen werden (Standard: ein Sechstel von --step-duration, höchstens 5; mit einer Plandatei der Wert des Plans).</translation>
    </message>
    <message>
        <source>OAuth M2M service principal client id for every target (default: DATABRICKS_CLIENT_ID once a secret flag is given).</source>
        <translation>Client-ID des OAuth-M2M-Dienstprinzipals für jedes Ziel (Standard: DATABRICKS_CLIENT_ID, sobald eine Secret-Option angegeben ist).</translation>
    </message>
    <message>
        <source>Name of the environment variable that holds the client secret, e.g. DATABRICKS_CLIENT_SECRET (default: PLATEAU_SECRET_CLI_M2M_CLIENT_SECRET, then DATABRICKS_CLIENT_SECRET). Never written anywhere.</source>
        <translation>Name der Umgebungsvariablen, die das Client-Secret enthält, z. B. DATABRICKS_CLIENT_SECRET (Standard: PLATEAU_SECRET_CLI_M2M_CLIENT_SECRET, dann DATABRICKS_CLIENT_SECRET). Wird nirgends gespeichert.</translation>
    </message>
    <message>
        <source>The client secret itself, kept in memory only; other local users can see it in the process list, so prefer --client-secret-env.</source>
        <translation>Das Client-Secret selbst, nur im Speicher gehalten; andere lokale Benutzer können es in der Prozessliste sehen, daher besser --client-secret-env verwenden.</translation>
    </message>
    <message>
        <source>Workspace URL for the OAuth token endpoint {host}/oidc/v1/token (default: DATABRICKS_HOST).</source>
        <translation>Workspace-URL für den OAuth-Token-Endpunkt {host}/oidc/v1/token (Standard: DATABRICKS_HOST).</translation>
    </message>
    <message>
        <source>Auth reference of the auth references file (the workbench&apos;s Run &gt; Credentials…) for every target (default: none, or the plan&apos;s).</source>
        <translation>Auth-Referenz aus der Datei der Auth-Referenzen (in der Werkbank: Lauf &gt; Zugangsdaten …) für jedes Ziel (Standard: keine bzw. die des Plans).</translation>
    </message>
    <message>
        <source>--workers &apos;%1&apos; is not a whole number of server workers, 0 or more (e.g. --workers 4)</source>
        <translation>--workers „%1“ ist keine ganze Zahl von Server-Workern, 0 oder mehr (z. B. --workers 4)</translation>
    </message>
    <message>
        <source>Names the run folders (runs/&lt;name&gt;-&lt;time&gt;) unless --run-name gives one.</source>
        <translation>Benennt die Laufordner (runs/&lt;name&gt;-&lt;time&gt;), sofern --run-name keinen Namen vorgibt.</translation>
    </message>
    <message>
        <source>Unique; names the target&apos;s folder in a run.</source>
        <translation>Eindeutig; benennt den Ordner des Ziels in einem Lauf.</translation>
    </message>
    <message>
        <source>Base URL with http:// or https://; request.path is appended.</source>
        <translation>Basis-URL mit http:// oder https://; request.path wird angehängt.</translation>
    </message>
    <message>
        <source>A tag for the report: small, medium, large, xlarge or any text.</source>
        <translation>Eine Kennzeichnung für den Bericht: small, medium, large, xlarge oder beliebiger Text.</translation>
    </message>
    <message>
        <source>Server-side workers, for the report (0 = unknown).</source>
        <translation>Serverseitige Worker, für den Bericht (0 = unbekannt).</translation>
    </message>
    <message>
        <source>Extra request headers, e.g. [{&quot;name&quot;: &quot;X-Team&quot;, &quot;value&quot;: &quot;a&quot;}]; never a credential.</source>
        <translation>Zusätzliche Anfrage-Header, z. B. [{&quot;name&quot;: &quot;X-Team&quot;, &quot;value&quot;: &quot;a&quot;}]; niemals Zugangsdaten.</translation>
    </message>
    <message>
        <source>An auth reference (the workbench&apos;s Run &gt; Credentials…); &quot;&quot; = no Authorization header.
On the command line, --client-id with --client-secret-env sets one for every target.</source>
        <translation>Eine Auth-Referenz (in der Werkbank: Lauf &gt; Zugangsdaten …); &quot;&quot; = kein Authorization-Header.
Auf der Befehlszeile legt --client-id mit --client-secret-env eine für jedes Ziel fest.</translation>
    </message>
    <message>
        <source>false skips the target.</source>
        <translation>false überspringt das Ziel.</translation>
    </message>
    <message>
        <source>step_ramp: most concurrent users.</source>
        <translation>step_ramp: Höchstzahl gleichzeitiger Benutzer.</translation>
    </message>
    <message>
        <source>step_ramp: users added per step.</source>
        <translation>step_ramp: pro Stufe hinzugefügte Benutzer.</translation>
    </message>
    <message>
        <source>step_ramp: seconds each step is held.</source>
        <translation>step_ramp: Sekunden, die jede Stufe gehalten wird.</translation>
    </message>
    <message>
        <source>Users started per second.</source>
        <translation>Pro Sekunde gestartete Benutzer.</translation>
    </message>
    <message>
        <source>Seconds at the start of each step left out of its statistics.</source>
        <translation>Sekunden am Anfang jeder Stufe, die aus ihrer Statistik ausgenommen werden.</translation>
    </message>
    <message>
        <source>Seconds a user pauses between requests: at random between think_min_s and think_max_s.</source>
        <translation>Sekunden, die ein Benutzer zwischen Anfragen pausiert: zufällig zwischen think_min_s und think_max_s.</translation>
    </message>
    <message>
        <source>true ends the ramp once the knee is confirmed.</source>
        <translation>true beendet die Rampe, sobald der Knick bestätigt ist.</translation>
    </message>
    <message>
        <source>burst: users started within burst_ramp_s seconds, then held for hold_s seconds.</source>
        <translation>burst: Benutzer werden innerhalb von burst_ramp_s Sekunden gestartet und dann hold_s Sekunden lang gehalten.</translation>
    </message>
    <message>
        <source>sustained: users held for duration_s seconds.</source>
        <translation>sustained: Benutzer werden duration_s Sekunden lang gehalten.</translation>
    </message>
    <message>
        <source>sustained and constant_rate: seconds of load.</source>
        <translation>sustained und constant_rate: Dauer der Last in Sekunden.</translation>
    </message>
    <message>
        <source>constant_rate: requests started per second, whatever the answers take (open loop).</source>
        <translation>constant_rate: pro Sekunde gestartete Anfragen, egal wie lange die Antworten dauern (offene Schleife).</translation>
    </message>
    <message>
        <source>constant_rate: most requests in flight at once.</source>
        <translation>constant_rate: Höchstzahl gleichzeitig laufender Anfragen.</translation>
    </message>
    <message>
        <source>What every virtual user sends.</source>
        <translation>Was jeder virtuelle Benutzer sendet.</translation>
    </message>
    <message>
        <source>JSON; {{prompt}} becomes one of the prompts, {{session}} the user&apos;s session id.</source>
        <translation>JSON; {{prompt}} wird zu einem der Prompts, {{session}} zur Sitzungs-ID des Benutzers.</translation>
    </message>
    <message>
        <source>true: the answer is read as Server-Sent Events as it arrives (TTFT, inter-token latency).</source>
        <translation>true: Die Antwort wird beim Eintreffen als Server-Sent Events gelesen (TTFT, Latenz zwischen Tokens).</translation>
    </message>
    <message>
        <source>Seconds to connect.</source>
        <translation>Sekunden für den Verbindungsaufbau.</translation>
    </message>
    <message>
        <source>Seconds without a byte before a request fails as a stall.</source>
        <translation>Sekunden ohne ein Byte, bevor eine Anfrage als Stillstand fehlschlägt.</translation>
    </message>
    <message>
        <source>Seconds a whole request may take.</source>
        <translation>Sekunden, die eine gesamte Anfrage dauern darf.</translation>
    </message>
    <message>
        <source>lean judges a server; qnam (Qt&apos;s network stack) for proxies, redirects and HTTP/2.</source>
        <translation>lean beurteilt einen Server; qnam (der Netzwerkstack von Qt) für Proxys, Weiterleitungen und HTTP/2.</translation>
    </message>
    <message>
        <source>qnam only.</source>
        <translation>Nur qnam.</translation>
    </message>
    <message>
        <source>Before each target&apos;s ramp: a health check (a streamed answer that ends in [DONE]), then warm-up requests.</source>
        <translation>Vor der Rampe jedes Ziels: ein Health-Check (eine gestreamte Antwort, die mit [DONE] endet), dann Aufwärm-Anfragen.</translation>
    </message>
    <message>
        <source>Tries before the target is skipped.</source>
        <translation>Versuche, bevor das Ziel übersprungen wird.</translation>
    </message>
    <message>
        <source>Seconds between tries.</source>
        <translation>Sekunden zwischen Versuchen.</translation>
    </message>
    <message>
        <source>Seconds one try may take.</source>
        <translation>Sekunden, die ein Versuch dauern darf.</translation>
    </message>
    <message>
        <source>Requests sent one after another before the ramp, not measured.</source>
        <translation>Vor der Rampe nacheinander gesendete Anfragen, nicht gemessen.</translation>
    </message>
    <message>
        <source>How the knee (the last step that still scaled) is found.</source>
        <translation>Wie der Knick (die letzte Stufe, die noch skalierte) gefunden wird.</translation>
    </message>
    <message>
        <source>A step that adds less than this share (0 to 1) of the linear QPS gain is flat.</source>
        <translation>Eine Stufe, die weniger als diesen Anteil (0 bis 1) des linearen QPS-Zuwachses hinzufügt, ist flach.</translation>
    </message>
    <message>
        <source>Milliseconds; a step whose p95 latency is over it is past the knee (0 = no limit).</source>
        <translation>Millisekunden; eine Stufe, deren Latenz p95 darüber liegt, ist hinter dem Knick (0 = keine Grenze).</translation>
    </message>
    <message>
        <source>Share of failed requests (0 to 1) past which a step is past the knee.</source>
        <translation>Anteil fehlgeschlagener Anfragen (0 bis 1), ab dem eine Stufe hinter dem Knick liegt.</translation>
    </message>
    <message>
        <source>The built-in mock agent, when the workbench starts it for this plan; real endpoints ignore this.</source>
        <translation>Der eingebaute Mock-Agent, wenn die Werkbank ihn für diesen Plan startet; echte Endpunkte ignorieren dies.</translation>
    </message>
    <message>
        <source>Text deltas per answer.</source>
        <translation>Text-Deltas pro Antwort.</translation>
    </message>
    <message>
        <source>Milliseconds between deltas.</source>
        <translation>Millisekunden zwischen Deltas.</translation>
    </message>
    <message>
        <source>Tool-call items before the text.</source>
        <translation>Tool-Aufruf-Elemente vor dem Text.</translation>
    </message>
    <message>
        <source>Answers streamed at once, the rest queue (0 = unlimited).</source>
        <translation>Gleichzeitig gestreamte Antworten, der Rest wartet in einer Warteschlange (0 = unbegrenzt).</translation>
    </message>
    <message>
        <source>Shares (0 to 1) of answers that are a 429, a 500, an error mid-stream, a stall.</source>
        <translation>Anteile (0 bis 1) der Antworten, die ein 429, ein 500, ein Fehler mitten im Stream bzw. ein Stillstand sind.</translation>
    </message>
    <message>
        <source>The load generator: threads = 0 is one per core.</source>
        <translation>Der Lastgenerator: threads = 0 bedeutet einer pro Kern.</translation>
    </message>
    <message>
        <source>Appended to each target&apos;s url, unless the url already ends in it.</source>
        <translation>Wird an die URL jedes Ziels angehängt, außer die URL endet schon darauf.</translation>
    </message>
    <message>
        <source>Pass/fail gates per target; a failed one makes the run exit 1, e.g.
[{&quot;metric&quot;: &quot;latency_p95_ms&quot;, &quot;op&quot;: &quot;&lt;&quot;, &quot;value&quot;: 2000}]; metrics: %1. &quot;scope&quot;: &quot;step&quot; judges every step, &quot;abort_on_fail&quot;: true stops the ramp when crossed.</source>
        <translation>Prüfbedingungen (bestanden/nicht bestanden) pro Ziel; eine nicht bestandene beendet den Lauf mit Exit-Code 1, z. B.
[{&quot;metric&quot;: &quot;latency_p95_ms&quot;, &quot;op&quot;: &quot;&lt;&quot;, &quot;value&quot;: 2000}]; Metriken: %1. &quot;scope&quot;: &quot;step&quot; beurteilt jede Stufe, &quot;abort_on_fail&quot;: true hält die Rampe beim Überschreiten an.</translation>
    </message>
    <message>
        <source>What a step must deliver to count as served; the summary&apos;s &quot;max QPS under SLO&quot; is the best step within all three.</source>
        <translation>Was eine Stufe liefern muss, um als bedient zu gelten; „max. QPS unter SLO“ in der Zusammenfassung ist die beste Stufe innerhalb aller drei Grenzen.</translation>
    </message>
    <message>
        <source>Milliseconds (0 = no limit).</source>
        <translation>Millisekunden (0 = keine Grenze).</translation>
    </message>
    <message>
        <source>Milliseconds to the first token (0 = no limit).</source>
        <translation>Millisekunden bis zum ersten Token (0 = keine Grenze).</translation>
    </message>
    <message>
        <source>Share of failed requests (0 to 1).</source>
        <translation>Anteil fehlgeschlagener Anfragen (0 bis 1).</translation>
    </message>
    <message numerus="yes">
        <source>plateau: %n target(s) of plan &apos;%1&apos; run against the built-in mock agent at %2</source>
        <translation>
            <numerusform>plateau: %n Ziel des Plans &apos;%1&apos; läuft gegen den eingebauten Mock-Agenten unter %2</numerusform>
            <numerusform>plateau: %n Ziele des Plans &apos;%1&apos; laufen gegen den eingebauten Mock-Agenten unter %2</numerusform>
        </translation>
    </message>
    <message>
        <source>plateau: the mock serves POST %1: %2 %3 runs as POST %1</source>
        <translation>plateau: der Mock bedient POST %1: %2 %3 läuft als POST %1</translation>
    </message>
    <message>
        <source>plateau: the body has no &quot;input&quot; or &quot;messages&quot; field for the mock to read: it runs with the default body</source>
        <translation>plateau: der Body hat kein Feld &quot;input&quot; oder &quot;messages&quot;, das der Mock lesen kann: es läuft mit dem Standard-Body</translation>
    </message>
    <message>
        <source>Run the plan against the built-in mock agent, as its &quot;mock&quot; section sets it up: every enabled target points at it, without auth; nothing leaves this machine.</source>
        <translation>Den Plan gegen den eingebauten Mock-Agenten ausführen, wie ihn der Abschnitt &quot;mock&quot; einrichtet: Jedes aktivierte Ziel zeigt darauf, ohne Authentifizierung; nichts verlässt diesen Rechner.</translation>
    </message>
    <message>
        <source>Rehearse the plan in less time: every duration of its phases times F (0.001 to 1); users, rates and limits stay.</source>
        <translation>Den Plan in kürzerer Zeit proben: jede Dauer seiner Phasen mal F (0.001 bis 1); Nutzer, Raten und Grenzen bleiben.</translation>
    </message>
    <message>
        <source>--time-scale must be a number from %1 to 1 (0.1 runs the plan in a tenth of its time)</source>
        <translation>--time-scale muss eine Zahl von %1 bis 1 sein (0.1 führt den Plan in einem Zehntel seiner Zeit aus)</translation>
    </message>
    <message>
        <source>plateau: rehearsal: every duration times %1, about %2 s per target</source>
        <translation>plateau: Probelauf: jede Dauer mal %1, etwa %2 s pro Ziel</translation>
    </message>
    <message>
        <source>plateau run: cannot read the prompts: %1</source>
        <translation>plateau run: Die Prompts können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>linear_ramp: %1 -&gt; %2 users over %3 s, measured every %4 s</source>
        <translation>linear_ramp: %1 -&gt; %2 Nutzer über %3 s, gemessen alle %4 s</translation>
    </message>
    <message>
        <source>arrival_ramp: %1 -&gt; %2 requests/s over %3 s in %4 levels, at most %5 in flight</source>
        <translation>arrival_ramp: %1 -&gt; %2 Anfragen/s über %3 s in %4 Stufen, höchstens %5 laufend</translation>
    </message>
    <message>
        <source>arrival_ramp: %1 -&gt; %2 requests/s over %3 s, at most %4 in flight</source>
        <translation>arrival_ramp: %1 -&gt; %2 Anfragen/s über %3 s, höchstens %4 laufend</translation>
    </message>
    <message>
        <source>sweep: the highest arrival rate within the SLO, %1 to %2 requests/s</source>
        <translation>sweep: die höchste Ankunftsrate innerhalb des SLO, %1 bis %2 Anfragen/s</translation>
    </message>
    <message>
        <source>sweep: the most users within the SLO, %1 to %2 users</source>
        <translation>sweep: die meisten Nutzer innerhalb des SLO, %1 bis %2 Nutzer</translation>
    </message>
    <message>
        <source>, probes of %1 s, at most %2, within %3 %</source>
        <translation>, Messläufe von %1 s, höchstens %2, innerhalb von %3 %</translation>
    </message>
    <message numerus="yes">
        <source>  %n prompt(s) from the plan, %1 order</source>
        <translation>
            <numerusform>  %n Prompt aus dem Plan, Reihenfolge %1</numerusform>
            <numerusform>  %n Prompts aus dem Plan, Reihenfolge %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  %n prompt(s) loaded from %1, %2 order</source>
        <translation>
            <numerusform>  %n Prompt aus %1 geladen, Reihenfolge %2</numerusform>
            <numerusform>  %n Prompts aus %1 geladen, Reihenfolge %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  %n prompt(s) loaded from %1 (field %2), %3 order</source>
        <translation>
            <numerusform>  %n Prompt aus %1 geladen (Feld %2), Reihenfolge %3</numerusform>
            <numerusform>  %n Prompts aus %1 geladen (Feld %2), Reihenfolge %3</numerusform>
        </translation>
    </message>
    <message>
        <source>  phase %1/%2 %3%4, about %5</source>
        <translation>  Phase %1/%2 %3%4, etwa %5</translation>
    </message>
    <message>
        <source> (only if the phase before passed its thresholds)</source>
        <translation> (nur wenn die vorherige Phase ihre Schwellenwerte eingehalten hat)</translation>
    </message>
    <message>
        <source>Prompt file for every request: .txt (one per line), .jsonl or .csv (with a header row). Read when the run starts; replaces the plan&apos;s prompts and prompt_source.file.</source>
        <translation>Prompt-Datei für jede Anfrage: .txt (einer pro Zeile), .jsonl oder .csv (mit Kopfzeile). Wird beim Start des Laufs gelesen; ersetzt prompts und prompt_source.file des Plans.</translation>
    </message>
    <message>
        <source>JSONL field or CSV column that holds the prompt (default: prompt, then content; a CSV also text, question, input).</source>
        <translation>JSONL-Feld oder CSV-Spalte mit dem Prompt (Standard: prompt, dann content; bei CSV auch text, question, input).</translation>
    </message>
    <message>
        <source>random (each request picks one, the default) or sequential (in file order, round robin across all users of a target).</source>
        <translation>random (jede Anfrage wählt einen, Standard) oder sequential (in Dateireihenfolge, reihum über alle Nutzer eines Ziels).</translation>
    </message>
    <message>
        <source>--prompts is empty: give a prompt file, e.g. --prompts prompts.csv</source>
        <translation>--prompts ist leer: eine Prompt-Datei angeben, z. B. --prompts prompts.csv</translation>
    </message>
    <message>
        <source>--prompt-field is empty: give the column or field, e.g. --prompt-field question</source>
        <translation>--prompt-field ist leer: die Spalte oder das Feld angeben, z. B. --prompt-field question</translation>
    </message>
    <message>
        <source>--prompt-order &apos;%1&apos; is not an order: give random or sequential</source>
        <translation>--prompt-order &apos;%1&apos; ist keine Reihenfolge: random oder sequential angeben</translation>
    </message>
    <message>
        <source>Sent in place of {{prompt}}, one picked at random per request; at least one. Or from a file: &quot;prompt_source&quot;: {&quot;file&quot;: &quot;prompts.csv&quot;, &quot;order&quot;: &quot;sequential&quot;}.</source>
        <translation>Wird anstelle von {{prompt}} gesendet, pro Anfrage zufällig einer gewählt; mindestens einer. Oder aus einer Datei: &quot;prompt_source&quot;: {&quot;file&quot;: &quot;prompts.csv&quot;, &quot;order&quot;: &quot;sequential&quot;}.</translation>
    </message>
    <message>
        <source>Plateau test plan, format version 2. Open it in the workbench, or: plateau validate FILE, plateau run FILE.</source>
        <translation>Plateau-Testplan, Formatversion 2. Im Workbench öffnen oder: plateau validate DATEI, plateau run DATEI.</translation>
    </message>
    <message>
        <source>The endpoints, tested one after another, each through all phases.
Replace the example with your apps; http://127.0.0.1:8765 is `plateau mock`.</source>
        <translation>Die Endpunkte, nacheinander getestet, jeder durch alle Phasen.
Das Beispiel durch die eigenen Apps ersetzen; http://127.0.0.1:8765 ist `plateau mock`.</translation>
    </message>
    <message>
        <source>The load, in phases run in order (e.g. smoke, then ramp). Examples of several: resources/examples.</source>
        <translation>Die Last, in Phasen der Reihe nach (z. B. Smoke, dann Rampe). Beispiele mit mehreren: resources/examples.</translation>
    </message>
    <message>
        <source>Unique; names the phase in the summary and the charts.</source>
        <translation>Eindeutig; benennt die Phase in der Zusammenfassung und den Diagrammen.</translation>
    </message>
    <message>
        <source>true runs the phase only if the phase before passed its thresholds.</source>
        <translation>true führt die Phase nur aus, wenn die Phase davor ihre Schwellenwerte bestanden hat.</translation>
    </message>
    <message>
        <source>step_ramp: step_size more users every step_duration_s seconds, up to max_users
(Databricks&apos; load-testing guide&apos;s ramp to saturation).</source>
        <translation>step_ramp: alle step_duration_s Sekunden step_size Nutzer mehr, bis max_users
(die Rampe bis zur Sättigung aus dem Lasttest-Leitfaden von Databricks).</translation>
    </message>
    <message>
        <source>step_ramp, linear_ramp, burst, sustained, constant_rate, arrival_ramp or sweep.</source>
        <translation>step_ramp, linear_ramp, burst, sustained, constant_rate, arrival_ramp oder sweep.</translation>
    </message>
    <message>
        <source>linear_ramp: users at the start, rising to max_users over duration_s; sweep on users: the first probe.</source>
        <translation>linear_ramp: Nutzer zu Beginn, steigend bis max_users über duration_s; sweep über Nutzer: die erste Messung.</translation>
    </message>
    <message>
        <source>sweep: rate or users; it searches for the highest load within the slo, probes of step_duration_s, within sweep_tolerance.</source>
        <translation>sweep: rate oder users; sucht die höchste Last innerhalb des SLO, Messungen von step_duration_s, genau auf sweep_tolerance.</translation>
    </message>
    <message>
        <source>arrival_ramp: requests/s at the start, rising to end_rate over duration_s (rate_steps levels, 0 = linear); sweep: the first probe, end_rate the bound.</source>
        <translation>arrival_ramp: Anfragen/s zu Beginn, steigend bis end_rate über duration_s (rate_steps Stufen, 0 = linear); sweep: die erste Messung, end_rate die Obergrenze.</translation>
    </message>
    <message numerus="yes">
        <source>--max-users, --step-size, --step-duration, --spawn-rate and --settle shape one step_ramp profile, but this plan has %n phase(s): change them in the plan&apos;s phases, or drop those flags</source>
        <translation>
            <numerusform>--max-users, --step-size, --step-duration, --spawn-rate und --settle formen ein step_ramp-Profil, aber dieser Plan hat %n Phase: sie in den Phasen des Plans ändern oder diese Optionen weglassen</numerusform>
            <numerusform>--max-users, --step-size, --step-duration, --spawn-rate und --settle formen ein step_ramp-Profil, aber dieser Plan hat %n Phasen: sie in den Phasen des Plans ändern oder diese Optionen weglassen</numerusform>
        </translation>
    </message>
    <message>
        <source>Judge the plan&apos;s threshold set NAME beside its own thresholds (default: the plan&apos;s threshold_set; with --against-mock, its &quot;mock&quot; set when it has one).</source>
        <translation>Den Schwellenwert-Satz NAME des Plans neben seinen eigenen Schwellenwerten bewerten (Standard: threshold_set des Plans; mit --against-mock sein Satz &quot;mock&quot;, wenn er einen hat).</translation>
    </message>
    <message>
        <source>Load a target even when its environment guard finds no test environment (the run says so); without it such a target is skipped and the run fails.</source>
        <translation>Ein Ziel auch dann belasten, wenn seine Umgebungsprüfung keine Testumgebung findet (der Lauf sagt es); ohne diese Option wird ein solches Ziel übersprungen und der Lauf schlägt fehl.</translation>
    </message>
    <message>
        <source>plateau: threshold set &apos;%1&apos;</source>
        <translation>plateau: Schwellenwert-Satz &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Serves the built-in mock agent: POST /invocations streams agent-style Server-Sent Events (tool calls, text deltas, [DONE]), GET /health and GET /api/health answer ok with the app_env, and POST /api/auth/login-json, /api/sessions and /api/chat serve a log-in -&gt; session -&gt; chat journey. Ctrl-C stops it.</source>
        <translation>Startet den eingebauten Mock-Agenten: POST /invocations streamt Server-Sent Events wie ein Agent (Tool-Aufrufe, Text-Deltas, [DONE]), GET /health und GET /api/health antworten ok mit der app_env, und POST /api/auth/login-json, /api/sessions und /api/chat bedienen eine Journey Anmeldung -&gt; Sitzung -&gt; Chat. Strg-C beendet ihn.</translation>
    </message>
    <message>
        <source>What /api/health reports as app_env (default %1).</source>
        <translation>Was /api/health als app_env meldet (Standard %1).</translation>
    </message>
    <message>
        <source>Users file of the accounts log-in accepts (default: any username with a password).</source>
        <translation>Benutzerdatei der Konten, die die Anmeldung annimmt (Standard: jeder Benutzername mit einem Passwort).</translation>
    </message>
    <message>
        <source>  first GET %1 must have %2 == &quot;%3&quot; (else the target is skipped)</source>
        <translation>  zuerst muss GET %1 %2 == &quot;%3&quot; liefern (sonst wird das Ziel übersprungen)</translation>
    </message>
    <message numerus="yes">
        <source>  journey of %n step(s), key tag %1%2</source>
        <translation>
            <numerusform>  Journey aus %n Schritt, Schlüssel-Tag %1%2</numerusform>
            <numerusform>  Journey aus %n Schritten, Schlüssel-Tag %1%2</numerusform>
        </translation>
    </message>
    <message>
        <source>, accounts from %1</source>
        <translation>, Konten aus %1</translation>
    </message>
    <message>
        <source>, once per user</source>
        <translation>, einmal je Benutzer</translation>
    </message>
    <message>
        <source>, every iteration</source>
        <translation>, in jeder Iteration</translation>
    </message>
    <message>
        <source>, streamed</source>
        <translation>, gestreamt</translation>
    </message>
    <message>
        <source>, gives {{%1}}</source>
        <translation>, liefert {{%1}}</translation>
    </message>
    <message numerus="yes">
        <source>, %n check(s)</source>
        <translation>
            <numerusform>, %n Prüfung</numerusform>
            <numerusform>, %n Prüfungen</numerusform>
        </translation>
    </message>
    <message>
        <source>, then %1-%2 s think time</source>
        <translation>, danach %1-%2 s Denkzeit</translation>
    </message>
    <message>
        <source>  thresholds: %1</source>
        <translation>  Schwellenwerte: %1</translation>
    </message>
    <message>
        <source>  thresholds (set &apos;%1&apos; included): %2</source>
        <translation>  Schwellenwerte (mit Satz &apos;%1&apos;): %2</translation>
    </message>
    <message>
        <source>Serve https with this PEM certificate (chain); needs --tls-key.</source>
        <translation>Über https mit diesem PEM-Zertifikat (samt Kette) ausliefern; braucht --tls-key.</translation>
    </message>
    <message>
        <source>The certificate&apos;s unencrypted PEM private key.</source>
        <translation>Der unverschlüsselte private PEM-Schlüssel des Zertifikats.</translation>
    </message>
    <message>
        <source>Writes the Kubernetes bundle of a plan: an Indexed Job of N pods that each run one shard of the load on a common schedule, the first merging them when all are done, with the plan in a ConfigMap, credentials from a Secret and the results on a shared volume.</source>
        <translation>Schreibt das Kubernetes-Paket eines Plans: einen Indexed Job aus N Pods, die je einen Shard der Last nach einem gemeinsamen Zeitplan ausführen, wobei der erste sie zusammenführt, wenn alle fertig sind; der Plan in einer ConfigMap, Zugangsdaten aus einem Secret, die Ergebnisse auf einem gemeinsamen Volume.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>How many pods share the load (default 4).</source>
        <translation>Wie viele Pods sich die Last teilen (Standard 4).</translation>
    </message>
    <message>
        <source>The container image with plateau (default plateau:latest; see packaging/kubernetes/Containerfile).</source>
        <translation>Das Container-Image mit plateau (Standard plateau:latest; siehe packaging/kubernetes/Containerfile).</translation>
    </message>
    <message>
        <source>The auth references file the plan&apos;s targets name (it goes into the ConfigMap; it holds no secret).</source>
        <translation>Die Auth-Referenzdatei, die die Ziele des Plans nennen (sie kommt in die ConfigMap; sie enthält kein Secret).</translation>
    </message>
    <message>
        <source>The folder the bundle goes in (default ./kubernetes).</source>
        <translation>Der Ordner für das Paket (Standard ./kubernetes).</translation>
    </message>
    <message>
        <source>Usage: plateau bundle PLAN.plateau.json [--shards N] [--image IMAGE] [--out DIR]</source>
        <translation>Aufruf: plateau bundle PLAN.plateau.json [--shards N] [--image IMAGE] [--out DIR]</translation>
    </message>
    <message>
        <source>plateau bundle: give exactly one plan file</source>
        <translation>plateau bundle: genau eine Plandatei angeben</translation>
    </message>
    <message>
        <source>plateau bundle: %1 shards of %2 in %3; next: kubectl apply -k %3</source>
        <translation>plateau bundle: %1 Shards von %2 in %3; weiter mit: kubectl apply -k %3</translation>
    </message>
    <message>
        <source>usage:
  plateau                                  open the workbench
  plateau run --app-url URL [--app-url URL ...] [options]
                                           test endpoints, no plan file needed
  plateau run PLAN.plateau.json [options]  run a plan; flags override its fields
  plateau run --demo                       the demo plan against an embedded mock agent
  plateau init [FILE] [--force]            write a commented starter plan (default plan.plateau.json)
  plateau validate PLAN.plateau.json       check a plan, print every problem with its path
  plateau mock [--port N] [...]            serve the built-in mock agent
  plateau report RUN_DIR [RUN_DIR...]      (re)generate dashboard.html, compare runs
  plateau run PLAN --shard i/N [...]       run one slice of the load (one of N processes)
  plateau merge SHARD_DIR... --out RUN_DIR merge the shards&apos; run folders into one run
  plateau bundle PLAN --shards N --image I the plan as a Kubernetes Indexed Job of N shards
  plateau help COMMAND                     every option of a command, with its default
  plateau --version
</source>
        <translation>Aufruf:
  plateau                                  die Workbench öffnen
  plateau run --app-url URL [--app-url URL ...] [Optionen]
                                           Endpunkte testen, keine Plandatei nötig
  plateau run PLAN.plateau.json [Optionen] einen Plan ausführen; Flags überschreiben seine Felder
  plateau run --demo                       den Demo-Plan gegen einen eingebetteten Mock-Agent ausführen
  plateau init [FILE] [--force]            einen kommentierten Startplan schreiben (Standard plan.plateau.json)
  plateau validate PLAN.plateau.json       einen Plan prüfen, jedes Problem mit seinem Pfad ausgeben
  plateau mock [--port N] [...]            den eingebauten Mock-Agent bereitstellen
  plateau report RUN_DIR [RUN_DIR...]      dashboard.html (neu) erzeugen, Läufe vergleichen
  plateau run PLAN --shard i/N [...]       einen Anteil der Last ausführen (einer von N Prozessen)
  plateau merge SHARD_DIR... --out RUN_DIR die Laufordner der Shards zu einem Lauf zusammenführen
  plateau bundle PLAN --shards N --image I der Plan als Kubernetes-Indexed-Job aus N Shards
  plateau help COMMAND                     jede Option eines Befehls mit ihrem Standardwert
  plateau --version
</translation>
    </message>
    <message>
        <source>plateau: shard %1: this process runs its share of every step&apos;s users and rate</source>
        <translation>plateau: Shard %1: dieser Prozess führt seinen Anteil an den Benutzern und der Rate jeder Stufe aus</translation>
    </message>
    <message>
        <source>Merges the run folders of the N shards of one run (plateau run --shard i/N) into one run folder, as if one process had run the whole load: counts summed, latency histograms merged bucket by bucket, the verdict and the thresholds judged on the merged figures, the dashboard written. Shards that have not finished are merged with what they wrote and the run is marked incomplete, so the merge can be re-run while they write. Exit 0 passed, 1 a threshold failed or the run is incomplete, 2 the shards do not make one run.</source>
        <translation>Führt die Laufordner der N Shards eines Laufs (plateau run --shard i/N) zu einem Laufordner zusammen, als hätte ein Prozess die ganze Last ausgeführt: Zählungen summiert, Latenz-Histogramme Bucket für Bucket zusammengeführt, Urteil und Schwellenwerte auf den zusammengeführten Werten beurteilt, das Dashboard geschrieben. Nicht fertige Shards werden mit dem zusammengeführt, was sie geschrieben haben, und der Lauf wird als unvollständig markiert, sodass das Zusammenführen wiederholt werden kann, während sie schreiben. Exit 0 bestanden, 1 ein Schwellenwert nicht bestanden oder der Lauf unvollständig, 2 die Shards ergeben keinen Lauf.</translation>
    </message>
    <message>
        <source>The shards&apos; run folders.</source>
        <translation>Die Laufordner der Shards.</translation>
    </message>
    <message>
        <source>Wait up to this many seconds for every shard to be there and finished, then merge (what a Job&apos;s last step does); merges what is there when the time is up.</source>
        <translation>Bis zu so viele Sekunden warten, bis jeder Shard da und fertig ist, dann zusammenführen (was der letzte Schritt eines Jobs tut); nach Ablauf der Zeit wird zusammengeführt, was da ist.</translation>
    </message>
    <message>
        <source>The merged run folder (replaced when it holds an earlier merge).</source>
        <translation>Der zusammengeführte Laufordner (ersetzt, wenn er eine frühere Zusammenführung enthält).</translation>
    </message>
    <message>
        <source>Usage: plateau merge SHARD_DIR... --out RUN_DIR</source>
        <translation>Aufruf: plateau merge SHARD_DIR... --out RUN_DIR</translation>
    </message>
    <message>
        <source>plateau merge: give the shards&apos; run folders and --out RUN_DIR</source>
        <translation>plateau merge: die Laufordner der Shards und --out RUN_DIR angeben</translation>
    </message>
    <message>
        <source>plateau merge: --wait takes seconds, from 0 to a week</source>
        <translation>plateau merge: --wait nimmt Sekunden, von 0 bis zu einer Woche</translation>
    </message>
    <message>
        <source>plateau merge: %1 of %2 shards there, %3 finished</source>
        <translation>plateau merge: %1 von %2 Shards da, %3 fertig</translation>
    </message>
    <message>
        <source>plateau merge: warning: %1</source>
        <translation>plateau merge: Warnung: %1</translation>
    </message>
    <message numerus="yes">
        <source>plateau merge: %n shard(s) merged into %1</source>
        <translation>
            <numerusform>plateau merge: %n Shard in %1 zusammengeführt</numerusform>
            <numerusform>plateau merge: %n Shards in %1 zusammengeführt</numerusform>
        </translation>
    </message>
    <message>
        <source>plateau merge: INCOMPLETE: shard(s) %1 had not finished (exit 1)</source>
        <translation>plateau merge: UNVOLLSTÄNDIG: Shard(s) %1 waren nicht fertig (Exit 1)</translation>
    </message>
    <message>
        <source>Run the i-th of N slices of the load: every step&apos;s users and arrival rate split so that the N shards add up to the plan; merge their run folders with plateau merge.</source>
        <translation>Den i-ten von N Anteilen der Last ausführen: Benutzer und Ankunftsrate jeder Stufe so aufgeteilt, dass die N Shards zusammen den Plan ergeben; ihre Laufordner mit plateau merge zusammenführen.</translation>
    </message>
    <message>
        <source>Begin the load at this wall-clock time (ISO 8601 with a zone, or +SECONDS from now), after the health check and warm-up, so that every shard runs its steps together.</source>
        <translation>Die Last zu dieser Uhrzeit beginnen (ISO 8601 mit Zeitzone oder +SEKUNDEN ab jetzt), nach Health-Check und Aufwärmen, damit alle Shards ihre Stufen gemeinsam ausführen.</translation>
    </message>
    <message>
        <source>Agree on the start with the other shards through this file on a shared volume: the first shard writes now + --start-lead seconds into it, the others read it.</source>
        <translation>Den Start mit den anderen Shards über diese Datei auf einem gemeinsamen Volume vereinbaren: Der erste Shard schreibt jetzt + --start-lead Sekunden hinein, die anderen lesen sie.</translation>
    </message>
    <message>
        <source>With --start-at-file: how long the other shards have to get there (default %1 s).</source>
        <translation>Mit --start-at-file: wie lange die anderen Shards Zeit haben, dorthin zu kommen (Standard %1 s).</translation>
    </message>
    <message>
        <source>--start-lead takes seconds, from 0 to 3600</source>
        <translation>--start-lead nimmt Sekunden, von 0 bis 3600</translation>
    </message>
    <message>
        <source>--start-at and --start-at-file both set the start: use one</source>
        <translation>--start-at und --start-at-file setzen beide den Start: eines verwenden</translation>
    </message>
</context>
<context>
    <name>plateau::CredentialsDialog</name>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Client-Secret</translation>
    </message>
    <message>
        <source>Shared password</source>
        <translation>Gemeinsames Passwort</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>Client-ID</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Scope</translation>
    </message>
    <message>
        <source>Token path</source>
        <translation>Token-Pfad</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>Users file</source>
        <translation>Benutzerdatei</translation>
    </message>
    <message>
        <source>Login URL</source>
        <translation>Anmelde-URL</translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation>Timeout</translation>
    </message>
    <message>
        <source>Requests are sent without an Authorization header.</source>
        <translation>Anfragen werden ohne Authorization-Header gesendet.</translation>
    </message>
    <message>
        <source>A bearer token you paste: a personal access token or a short-lived user token. It is never refreshed, so for runs longer than about an hour use OAuth M2M.</source>
        <translation>Ein eingefügtes Bearer-Token: ein persönliches Zugriffstoken oder ein kurzlebiges Benutzer-Token. Es wird nie erneuert; für Läufe länger als etwa eine Stunde daher OAuth M2M verwenden.</translation>
    </message>
    <message>
        <source>The service principal&apos;s client ID and secret are exchanged for a token at host + token path (client-credentials grant). Plateau refreshes the token before it expires.</source>
        <translation>Client-ID und Secret des Dienstprinzipals werden unter Host + Token-Pfad gegen ein Token getauscht (Client-Credentials-Grant). Plateau erneuert das Token, bevor es abläuft.</translation>
    </message>
    <message>
        <source>Plateau runs this command and reads the token it prints (JSON with access_token), e.g. the Databricks CLI. {host} in the command is replaced by the host. No secret is stored.</source>
        <translation>Plateau führt diesen Befehl aus und liest das ausgegebene Token (JSON mit access_token), z. B. die Databricks CLI. {host} im Befehl wird durch den Host ersetzt. Es wird kein Secret gespeichert.</translation>
    </message>
    <message>
        <source>Each virtual user logs in as one account of the users file by posting its username and password to the login URL. The shared password serves accounts listed without one.</source>
        <translation>Jeder virtuelle Benutzer meldet sich als ein Konto aus der Benutzerdatei an, indem er Benutzername und Passwort an die Anmelde-URL sendet. Das gemeinsame Passwort gilt für Konten, die ohne eigenes Passwort aufgeführt sind.</translation>
    </message>
    <message>
        <source>Token endpoint</source>
        <translation>Token-Endpunkt</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Anmeldung</translation>
    </message>
    <message>
        <source>no secret entered for &apos;%1&apos; (type it in the form)</source>
        <translation>kein Secret für „%1“ eingegeben (im Formular eintragen)</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>Zugangsdaten</translation>
    </message>
    <message numerus="yes">
        <source>No answer within %n s: the test was stopped.</source>
        <translation>
            <numerusform>Keine Antwort innerhalb von %n s: Der Test wurde beendet.</numerusform>
            <numerusform>Keine Antwort innerhalb von %n s: Der Test wurde beendet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the secret store did not answer within %n s</source>
        <translation>
            <numerusform>der Secret-Speicher hat nicht innerhalb von %n s geantwortet</numerusform>
            <numerusform>der Secret-Speicher hat nicht innerhalb von %n s geantwortet</numerusform>
        </translation>
    </message>
    <message>
        <source>No system keychain is available: secrets are kept for this session only and are not saved.</source>
        <translation>Kein System-Schlüsselbund verfügbar: Secrets werden nur für diese Sitzung behalten und nicht gespeichert.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>New auth reference</source>
        <translation>Neue Auth-Referenz</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <source>Copy the selected reference; its stored secrets are copied when you save</source>
        <translation>Die ausgewählte Referenz kopieren; ihre gespeicherten Secrets werden beim Speichern mitkopiert</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete the selected reference; its secrets are removed when you save</source>
        <translation>Die ausgewählte Referenz löschen; ihre Secrets werden beim Speichern entfernt</translation>
    </message>
    <message>
        <source>No auth references yet.

Click Add to create one. Plans refer to it by name; its secrets go to the system keychain.</source>
        <translation>Noch keine Auth-Referenzen.

Zum Anlegen auf „Hinzufügen“ klicken. Pläne verweisen über den Namen darauf; ihre Secrets kommen in den System-Schlüsselbund.</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>e.g. prod-sp</source>
        <translation>z. B. prod-sp</translation>
    </message>
    <message>
        <source>Letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;. Plans refer to the reference by this name, and its secrets are stored under it.</source>
        <translation>Buchstaben, Ziffern, &apos;.&apos;, &apos;_&apos; oder &apos;-&apos;. Pläne verweisen über diesen Namen auf die Referenz, und ihre Secrets werden darunter gespeichert.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>Optional note, e.g. which workspace or team</source>
        <translation>Optionale Notiz, z. B. welcher Workspace oder welches Team</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>The workspace URL the token is requested from</source>
        <translation>Die Workspace-URL, bei der das Token angefordert wird</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>Application (client) ID of the service principal</source>
        <translation>Anwendungs-(Client-)ID des Dienstprinzipals</translation>
    </message>
    <message>
        <source>Client &amp;ID:</source>
        <translation>Client-&amp;ID:</translation>
    </message>
    <message>
        <source>OAuth scope sent with the token request</source>
        <translation>OAuth-Scope, der mit der Token-Anfrage gesendet wird</translation>
    </message>
    <message>
        <source>&amp;Scope:</source>
        <translation>&amp;Scope:</translation>
    </message>
    <message>
        <source>Path of the token endpoint on the host</source>
        <translation>Pfad des Token-Endpunkts auf dem Host</translation>
    </message>
    <message>
        <source>Token &amp;path:</source>
        <translation>Token-&amp;Pfad:</translation>
    </message>
    <message>
        <source>Program and arguments; quote an argument with spaces in &quot;double quotes&quot;. It must print the token as JSON and must not prompt.</source>
        <translation>Programm und Argumente; ein Argument mit Leerzeichen in &quot;doppelte Anführungszeichen&quot; setzen. Es muss das Token als JSON ausgeben und darf nicht nachfragen.</translation>
    </message>
    <message>
        <source>Co&amp;mmand:</source>
        <translation>Be&amp;fehl:</translation>
    </message>
    <message>
        <source>users.json</source>
        <translation>users.json</translation>
    </message>
    <message>
        <source>JSON: [{&quot;username&quot;: &quot;…&quot;, &quot;password&quot;: &quot;…&quot;}] or {&quot;users&quot;: [...]}; the password may be left out when a shared password is stored</source>
        <translation>JSON: [{&quot;username&quot;: &quot;…&quot;, &quot;password&quot;: &quot;…&quot;}] oder {&quot;users&quot;: [...]}; das Passwort kann fehlen, wenn ein gemeinsames Passwort gespeichert ist</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen …</translation>
    </message>
    <message>
        <source>&amp;Users file:</source>
        <translation>Benutzer&amp;datei:</translation>
    </message>
    <message>
        <source>Receives {&quot;username&quot;: …, &quot;password&quot;: …} and answers {&quot;access_token&quot;: …}</source>
        <translation>Empfängt {&quot;username&quot;: …, &quot;password&quot;: …} und antwortet mit {&quot;access_token&quot;: …}</translation>
    </message>
    <message>
        <source>&amp;Login URL:</source>
        <translation>An&amp;melde-URL:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Longest wait for one token request, login or command run</source>
        <translation>Längste Wartezeit für eine Token-Anfrage, Anmeldung oder Befehlsausführung</translation>
    </message>
    <message>
        <source>&amp;Timeout:</source>
        <translation>&amp;Timeout:</translation>
    </message>
    <message>
        <source>Secrets</source>
        <translation>Secrets</translation>
    </message>
    <message>
        <source>Typing here replaces the stored secret when you save. A stored secret is never shown.</source>
        <translation>Eine Eingabe hier ersetzt beim Speichern das gespeicherte Secret. Ein gespeichertes Secret wird nie angezeigt.</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Show what you typed (a stored secret is never read back)</source>
        <translation>Die Eingabe anzeigen (ein gespeichertes Secret wird nie zurückgelesen)</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Clear this secret: the stored value is removed when you save</source>
        <translation>Dieses Secret leeren: Der gespeicherte Wert wird beim Speichern entfernt</translation>
    </message>
    <message>
        <source>Secrets are kept in the system keychain, never in authrefs.json or a plan.</source>
        <translation>Secrets werden im System-Schlüsselbund aufbewahrt, nie in authrefs.json oder einem Plan.</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>T&amp;esten</translation>
    </message>
    <message>
        <source>Fetch a token with these settings, typed secrets included. Nothing is saved.</source>
        <translation>Ein Token mit diesen Einstellungen abrufen, eingegebene Secrets eingeschlossen. Es wird nichts gespeichert.</translation>
    </message>
    <message>
        <source>%1 could not be read (%2). Saving replaces it and keeps the old file as %3.</source>
        <translation>%1 konnte nicht gelesen werden (%2). Speichern ersetzt die Datei und behält die alte als %3.</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n problem(s); the first: %2</source>
        <translation>
            <numerusform>%1 hat %n Problem: %2</numerusform>
            <numerusform>%1 hat %n Probleme; das erste: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Optional: replaces {host} in the command</source>
        <translation>Optional: ersetzt {host} im Befehl</translation>
    </message>
    <message>
        <source>Nothing to test: no token is needed</source>
        <translation>Nichts zu testen: Es wird kein Token benötigt</translation>
    </message>
    <message>
        <source>Optional: none stored</source>
        <translation>Optional: nichts gespeichert</translation>
    </message>
    <message>
        <source>Not stored yet: enter it here</source>
        <translation>Noch nicht gespeichert: hier eingeben</translation>
    </message>
    <message>
        <source>Will be removed when you save</source>
        <translation>Wird beim Speichern entfernt</translation>
    </message>
    <message>
        <source>Checking the keychain…</source>
        <translation>Schlüsselbund wird geprüft …</translation>
    </message>
    <message>
        <source>•••••• (taken over from &apos;%1&apos; when you save)</source>
        <translation>•••••• (wird beim Speichern von „%1“ übernommen)</translation>
    </message>
    <message>
        <source>•••••• (kept for this session only)</source>
        <translation>•••••• (nur für diese Sitzung behalten)</translation>
    </message>
    <message>
        <source>•••••• (stored in the keychain)</source>
        <translation>•••••• (im Schlüsselbund gespeichert)</translation>
    </message>
    <message>
        <source>Could not read the stored value: type it to replace it</source>
        <translation>Der gespeicherte Wert konnte nicht gelesen werden: zum Ersetzen neu eingeben</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>JSON-Dateien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>No keychain: secrets last until Plateau quits and are never written to a file.</source>
        <translation>Kein Schlüsselbund: Secrets bleiben bis zum Beenden von Plateau erhalten und werden nie in eine Datei geschrieben.</translation>
    </message>
    <message>
        <source>Test cancelled.</source>
        <translation>Test abgebrochen.</translation>
    </message>
    <message>
        <source>Fix the marked fields first.</source>
        <translation>Zuerst die markierten Felder korrigieren.</translation>
    </message>
    <message numerus="yes">
        <source>Token received, expires at %1 (in %n min)</source>
        <translation>
            <numerusform>Token erhalten, läuft um %1 ab (in %n min)</numerusform>
            <numerusform>Token erhalten, läuft um %1 ab (in %n min)</numerusform>
        </translation>
    </message>
    <message>
        <source>Token found and usable in a header. It carries no expiry time: only the target can tell whether it is still valid.</source>
        <translation>Token gefunden und in einem Header verwendbar. Es enthält keine Ablaufzeit: Nur das Ziel kann feststellen, ob es noch gültig ist.</translation>
    </message>
    <message>
        <source>Token received; it does not say when it expires.</source>
        <translation>Token erhalten; es gibt nicht an, wann es abläuft.</translation>
    </message>
    <message numerus="yes">
        <source>Logged in as &apos;%1&apos;, the first of %n account(s) in the users file.</source>
        <translation>
            <numerusform>Angemeldet als „%1“ (%n Konto in der Benutzerdatei).</numerusform>
            <numerusform>Angemeldet als „%1“, das erste von %n Konten in der Benutzerdatei.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel &amp;test</source>
        <translation>Test abbre&amp;chen</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Test läuft …</translation>
    </message>
    <message>
        <source>Not saved: &apos;%1&apos; has a problem. %2: %3</source>
        <translation>Nicht gespeichert: „%1“ hat ein Problem. %2: %3</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(unbenannt)</translation>
    </message>
    <message>
        <source>Storing secrets…</source>
        <translation>Secrets werden gespeichert …</translation>
    </message>
    <message>
        <source>the %1 of &apos;%2&apos;</source>
        <translation>%1 von „%2“</translation>
    </message>
    <message>
        <source>the old secret &apos;%1&apos;</source>
        <translation>das alte Secret „%1“</translation>
    </message>
    <message>
        <source>there is no secret store</source>
        <translation>es gibt keinen Secret-Speicher</translation>
    </message>
    <message>
        <source>Not saved: could not store %1. %2 was not changed.</source>
        <translation>Nicht gespeichert: %1 konnte nicht gespeichert werden. %2 wurde nicht geändert.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Removing secrets no reference uses any more…</source>
        <translation>Nicht mehr verwendete Secrets werden entfernt …</translation>
    </message>
    <message numerus="yes">
        <source>Saved, but %n old secret(s) could not be removed: %1</source>
        <translation>
            <numerusform>Gespeichert, aber %n altes Secret konnte nicht entfernt werden: %1</numerusform>
            <numerusform>Gespeichert, aber %n alte Secrets konnten nicht entfernt werden: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>plateau::FailureClass</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Connection error</source>
        <translation>Verbindungsfehler</translation>
    </message>
    <message>
        <source>TLS error</source>
        <translation>TLS-Fehler</translation>
    </message>
    <message>
        <source>HTTP error status</source>
        <translation>HTTP-Fehlerstatus</translation>
    </message>
    <message>
        <source>Rate limited (HTTP 429)</source>
        <translation>Rate-Limit erreicht (HTTP 429)</translation>
    </message>
    <message>
        <source>Redirect (3xx)</source>
        <translation>Weiterleitung (3xx)</translation>
    </message>
    <message>
        <source>Authentication refused (401/403)</source>
        <translation>Authentifizierung abgelehnt (401/403)</translation>
    </message>
    <message>
        <source>Wrong content type</source>
        <translation>Falscher Content-Type</translation>
    </message>
    <message>
        <source>Stream ended without [DONE]</source>
        <translation>Stream ohne [DONE] beendet</translation>
    </message>
    <message>
        <source>No text delta</source>
        <translation>Kein Text-Delta</translation>
    </message>
    <message>
        <source>Error event in stream</source>
        <translation>Fehlerereignis im Stream</translation>
    </message>
    <message>
        <source>Protocol error</source>
        <translation>Protokollfehler</translation>
    </message>
    <message>
        <source>Stall timeout</source>
        <translation>Stillstands-Timeout</translation>
    </message>
    <message>
        <source>Total timeout</source>
        <translation>Gesamt-Timeout</translation>
    </message>
    <message>
        <source>Cancelled at test end</source>
        <translation>Bei Testende abgebrochen</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
</context>
<context>
    <name>plateau::HistoryPanel</name>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Ordner öffnen</translation>
    </message>
    <message>
        <source>Open other…</source>
        <translation>Anderen öffnen …</translation>
    </message>
    <message>
        <source>Open a run folder elsewhere, or Locust --csv output (*_stats.csv)</source>
        <translation>Einen Laufordner an anderer Stelle oder eine Locust-Ausgabe von --csv (*_stats.csv) öffnen</translation>
    </message>
    <message>
        <source>Show in charts</source>
        <translation>In Diagrammen anzeigen</translation>
    </message>
    <message>
        <source>Show the selected run in the charts and the results table</source>
        <translation>Den ausgewählten Lauf in den Diagrammen und der Ergebnistabelle anzeigen</translation>
    </message>
    <message>
        <source>Compare selected</source>
        <translation>Auswahl vergleichen</translation>
    </message>
    <message>
        <source>Plot the curves of the selected runs on the same axes</source>
        <translation>Die Kurven der ausgewählten Läufe auf denselben Achsen darstellen</translation>
    </message>
    <message>
        <source>Select one run to show it, or several (Ctrl+click) to compare their curves.</source>
        <translation>Einen Lauf auswählen, um ihn anzuzeigen, oder mehrere (Strg+Klick), um ihre Kurven zu vergleichen.</translation>
    </message>
    <message>
        <source>Runs folder: %1</source>
        <translation>Ordner für Läufe: %1</translation>
    </message>
    <message>
        <source>Open a run folder or Locust CSV folder</source>
        <translation>Laufordner oder Locust-CSV-Ordner öffnen</translation>
    </message>
    <message>
        <source>List the runs folder again</source>
        <translation>Den Ordner für Läufe neu einlesen</translation>
    </message>
</context>
<context>
    <name>plateau::KpiStrip</name>
    <message>
        <source>The last snapshot interval of each target: the numbers plateau run prints as it goes.</source>
        <translation>Das letzte Messintervall jedes Ziels: die Werte, die plateau run während des Laufs ausgibt.</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>QPS ok</source>
        <translation>QPS ok</translation>
    </message>
    <message>
        <source>Latency p95</source>
        <translation>Latenz p95</translation>
    </message>
    <message>
        <source>TTFT p95</source>
        <translation>TTFT p95</translation>
    </message>
    <message>
        <source>Failures</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>%1 QPS completed, failures included</source>
        <translation>%1 QPS abgeschlossen, Fehler eingeschlossen</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 (%2%)</source>
        <translation>%1 (%2 %)</translation>
    </message>
    <message>
        <source>The last interval before this target finished</source>
        <translation>Das letzte Intervall, bevor dieses Ziel fertig wurde</translation>
    </message>
</context>
<context>
    <name>plateau::LoadEngine</name>
    <message>
        <source>a run is already in progress</source>
        <translation>es läuft bereits ein Lauf</translation>
    </message>
    <message numerus="yes">
        <source>the plan has %n problem(s):
</source>
        <translation>
            <numerusform>der Plan hat %n Problem:
</numerusform>
            <numerusform>der Plan hat %n Probleme:
</numerusform>
        </translation>
    </message>
    <message>
        <source>stopping: cancelling requests in flight and writing results</source>
        <translation>wird gestoppt: laufende Anfragen werden abgebrochen und Ergebnisse geschrieben</translation>
    </message>
    <message>
        <source>transport: %1</source>
        <translation>Transport: %1</translation>
    </message>
    <message>
        <source>run stopped before this target</source>
        <translation>Lauf vor diesem Ziel gestoppt</translation>
    </message>
    <message>
        <source>no credentials configured</source>
        <translation>keine Zugangsdaten konfiguriert</translation>
    </message>
    <message>
        <source>auth reference &apos;%1&apos; could not be resolved: %2</source>
        <translation>Auth-Referenz „%1“ konnte nicht aufgelöst werden: %2</translation>
    </message>
    <message>
        <source>authenticating (%1)</source>
        <translation>wird authentifiziert (%1)</translation>
    </message>
    <message>
        <source>run stopped</source>
        <translation>Lauf gestoppt</translation>
    </message>
    <message>
        <source>authentication failed: %1</source>
        <translation>Authentifizierung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>%1: authenticated (%2)</source>
        <translation>%1: authentifiziert (%2)</translation>
    </message>
    <message>
        <source>health check: a streaming request must reach [DONE]</source>
        <translation>Health-Check: eine Streaming-Anfrage muss [DONE] erreichen</translation>
    </message>
    <message>
        <source>%1: skipped: %2</source>
        <translation>%1: übersprungen: %2</translation>
    </message>
    <message>
        <source>%1: health check attempt %2/%3 to %4 failed: %5: %6</source>
        <translation>%1: Health-Check-Versuch %2/%3 an %4 fehlgeschlagen: %5: %6</translation>
    </message>
    <message>
        <source>health check failed %1 of %2 attempts to %3: %4: %5</source>
        <translation>Health-Check bei %1 von %2 Versuchen an %3 fehlgeschlagen: %4: %5</translation>
    </message>
    <message>
        <source>%1: health check passed (TTFT %2 ms, %3 deltas)</source>
        <translation>%1: Health-Check bestanden (TTFT %2 ms, %3 Deltas)</translation>
    </message>
    <message>
        <source>%1: warm-up done</source>
        <translation>%1: Aufwärmen abgeschlossen</translation>
    </message>
    <message>
        <source>%1: warm-up had failures: %2</source>
        <translation>%1: beim Aufwärmen gab es Fehler: %2</translation>
    </message>
    <message>
        <source>%1 sequential warm-up requests</source>
        <translation>%1 aufeinanderfolgende Aufwärm-Anfragen</translation>
    </message>
    <message>
        <source>%1 s load shape</source>
        <translation>%1 s Lastform</translation>
    </message>
    <message>
        <source>the results are incomplete: %1; stopping the run</source>
        <translation>die Ergebnisse sind unvollständig: %1; der Lauf wird gestoppt</translation>
    </message>
    <message>
        <source>%1: knee confirmed, stopping the ramp as the plan asks</source>
        <translation>%1: Knick bestätigt, die Rampe wird wie im Plan vorgesehen gestoppt</translation>
    </message>
    <message>
        <source>%1: phase %2/%3 %4: %5, about %6 s</source>
        <translation>%1: Phase %2/%3 %4: %5, etwa %6 s</translation>
    </message>
    <message>
        <source>checking for a test environment (%1 %2)</source>
        <translation>Prüfung auf eine Testumgebung (%1 %2)</translation>
    </message>
    <message>
        <source>%1: test environment: %2</source>
        <translation>%1: Testumgebung: %2</translation>
    </message>
    <message>
        <source>%1: WARNING: not a test environment (%2); loading it anyway, as the run allows</source>
        <translation>%1: WARNUNG: keine Testumgebung (%2); sie wird trotzdem belastet, wie der Lauf es erlaubt</translation>
    </message>
    <message>
        <source>not a test environment: %1; nothing was sent to it beyond this check. Start the run with --allow-non-test (or confirm in the workbench) to load it anyway</source>
        <translation>keine Testumgebung: %1; außer dieser Prüfung wurde nichts gesendet. Starten Sie den Lauf mit --allow-non-test (oder bestätigen Sie in der Workbench), um sie trotzdem zu belasten</translation>
    </message>
    <message>
        <source>journey.users_file: %1</source>
        <translation>journey.users_file: %1</translation>
    </message>
    <message>
        <source>journey.users_file: %1 holds no account</source>
        <translation>journey.users_file: %1 enthält kein Konto</translation>
    </message>
    <message>
        <source>%1: waiting %2 s for the shards&apos; common start at %3</source>
        <translation>%1: warte %2 s auf den gemeinsamen Start der Shards um %3</translation>
    </message>
    <message>
        <source>--shard %1: %2</source>
        <translation>--shard %1: %2</translation>
    </message>
</context>
<context>
    <name>plateau::LogPane</name>
    <message>
        <source>The engine&apos;s log appears here during a run.</source>
        <translation>Das Protokoll der Engine erscheint hier während eines Laufs.</translation>
    </message>
</context>
<context>
    <name>plateau::MainWindow</name>
    <message>
        <source>Cannot open the run</source>
        <translation>Lauf kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>New plan (Ctrl+N)</source>
        <translation>Neuer Plan (Strg+N)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen …</translation>
    </message>
    <message>
        <source>Open a plan (Ctrl+O)</source>
        <translation>Einen Plan öffnen (Strg+O)</translation>
    </message>
    <message>
        <source>Open plan</source>
        <translation>Plan öffnen</translation>
    </message>
    <message>
        <source>Plateau plans (*.plateau.json *.json)</source>
        <translation>Plateau-Pläne (*.plateau.json *.json)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save the plan (Ctrl+S)</source>
        <translation>Den Plan speichern (Strg+S)</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter …</translation>
    </message>
    <message>
        <source>Open &amp;Demo Plan</source>
        <translation>&amp;Demoplan öffnen</translation>
    </message>
    <message>
        <source>A short ramp against the built-in mock agent</source>
        <translation>Eine kurze Rampe gegen den eingebauten Mock-Agent</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Einstellungen …</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <source>Start the run (F5)</source>
        <translation>Den Lauf starten (F5)</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>S&amp;toppen</translation>
    </message>
    <message>
        <source>Stop the run, keeping the results so far (Shift+F5)</source>
        <translation>Den Lauf stoppen, bisherige Ergebnisse bleiben erhalten (Umschalt+F5)</translation>
    </message>
    <message>
        <source>&amp;Mock Agent</source>
        <translation>&amp;Mock-Agent</translation>
    </message>
    <message>
        <source>Start or stop the built-in mock agent on 127.0.0.1</source>
        <translation>Den eingebauten Mock-Agent auf 127.0.0.1 starten oder stoppen</translation>
    </message>
    <message>
        <source>Mock agent</source>
        <translation>Mock-Agent</translation>
    </message>
    <message>
        <source>The mock agent cannot start: %1</source>
        <translation>Der Mock-Agent kann nicht starten: %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Lauf</translation>
    </message>
    <message>
        <source>Copy Results as &amp;TSV</source>
        <translation>Ergebnisse als &amp;TSV kopieren</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation>&amp;Plan</translation>
    </message>
    <message>
        <source>R&amp;esults</source>
        <translation>&amp;Ergebnisse</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Metric Definitions</source>
        <translation>&amp;Metrikdefinitionen</translation>
    </message>
    <message>
        <source>&amp;About Plateau</source>
        <translation>&amp;Über Plateau</translation>
    </message>
    <message>
        <source>About Plateau</source>
        <translation>Über Plateau</translation>
    </message>
    <message>
        <source>&lt;b&gt;Plateau&lt;/b&gt; %1&lt;br&gt;Load-test workbench for streaming AI-agent endpoints: ramp to saturation, live charts, saturation verdict.</source>
        <translation>&lt;b&gt;Plateau&lt;/b&gt; %1&lt;br&gt;Lasttest-Werkbank für streamende KI-Agent-Endpunkte: Rampe bis zur Sättigung, Live-Diagramme, Sättigungsurteil.</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
    <message>
        <source>Metric definitions</source>
        <translation>Metrikdefinitionen</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>Running — about %1 left</source>
        <translation>Läuft – noch etwa %1</translation>
    </message>
    <message>
        <source>Run in progress</source>
        <translation>Lauf aktiv</translation>
    </message>
    <message>
        <source>A run is in progress. Stop it and quit? The results so far are kept.</source>
        <translation>Ein Lauf ist aktiv. Stoppen und beenden? Die bisherigen Ergebnisse bleiben erhalten.</translation>
    </message>
    <message>
        <source>untitled</source>
        <translation>unbenannt</translation>
    </message>
    <message>
        <source>%1[*] — Plateau</source>
        <translation>%1[*] — Plateau</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>The plan has unsaved changes. Save them?</source>
        <translation>Der Plan hat ungespeicherte Änderungen. Speichern?</translation>
    </message>
    <message>
        <source>New plan: add the URLs of the apps to test.</source>
        <translation>Neuer Plan: die URLs der zu testenden Apps hinzufügen.</translation>
    </message>
    <message>
        <source>Cannot open the plan</source>
        <translation>Plan kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>%1 cannot be read:
%2</source>
        <translation>%1 kann nicht gelesen werden:
%2</translation>
    </message>
    <message>
        <source>Plan opened with problems</source>
        <translation>Plan mit Problemen geöffnet</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 geöffnet</translation>
    </message>
    <message>
        <source>Save plan</source>
        <translation>Plan speichern</translation>
    </message>
    <message>
        <source>Plateau plans (*.plateau.json)</source>
        <translation>Plateau-Pläne (*.plateau.json)</translation>
    </message>
    <message>
        <source>Cannot save the plan</source>
        <translation>Plan kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>Demo plan</source>
        <translation>Demoplan</translation>
    </message>
    <message>
        <source>Demo plan against the built-in mock agent at %1: press F5 to run it.</source>
        <translation>Demoplan gegen den eingebauten Mock-Agent unter %1: F5 drücken, um ihn auszuführen.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keiner)</translation>
    </message>
    <message>
        <source>The plan cannot run yet</source>
        <translation>Der Plan kann noch nicht laufen</translation>
    </message>
    <message>
        <source>Fix these problems first (marked red in the plan):
%1</source>
        <translation>Zuerst diese Probleme beheben (im Plan rot markiert):
%1</translation>
    </message>
    <message>
        <source>Started the mock agent the plan points at (%1).</source>
        <translation>Der Mock-Agent, auf den der Plan verweist, wurde gestartet (%1).</translation>
    </message>
    <message>
        <source>Cannot start the run</source>
        <translation>Lauf kann nicht gestartet werden</translation>
    </message>
    <message>
        <source>Run started.</source>
        <translation>Lauf gestartet.</translation>
    </message>
    <message>
        <source>Run failed: %1</source>
        <translation>Lauf fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Run %1. Best: %2, peak %3 QPS ok at %4 users.</source>
        <translation>Lauf %1. Beste: %2, Spitze %3 QPS ok bei %4 Benutzern.</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>gestoppt</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>beendet</translation>
    </message>
    <message>
        <source>Run stopped.</source>
        <translation>Lauf gestoppt.</translation>
    </message>
    <message>
        <source>Run finished without results.</source>
        <translation>Lauf ohne Ergebnisse beendet.</translation>
    </message>
    <message numerus="yes">
        <source>The mock agent moved to %1; %n target(s) updated.</source>
        <translation>
            <numerusform>Der Mock-Agent ist nach %1 umgezogen; %n Ziel aktualisiert.</numerusform>
            <numerusform>Der Mock-Agent ist nach %1 umgezogen; %n Ziele aktualisiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>läuft auf %1</translation>
    </message>
    <message>
        <source>The built-in mock agent streams at %1/invocations</source>
        <translation>Der eingebaute Mock-Agent streamt unter %1/invocations</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>A run is in progress; open past runs when it has finished.</source>
        <translation>Ein Lauf ist aktiv; frühere Läufe nach seinem Ende öffnen.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Comparing: %1</source>
        <translation>Vergleich: %1</translation>
    </message>
    <message>
        <source>Run: %1</source>
        <translation>Lauf: %1</translation>
    </message>
    <message numerus="yes">
        <source>Comparing %n run(s).</source>
        <translation>
            <numerusform>Vergleich von %n Lauf.</numerusform>
            <numerusform>Vergleich von %n Läufen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Showing run %1.</source>
        <translation>Lauf %1 wird angezeigt.</translation>
    </message>
    <message>
        <source>&amp;Credentials…</source>
        <translation>&amp;Zugangsdaten …</translation>
    </message>
    <message>
        <source>Auth references for the targets&apos; Auth column, their secrets in the keychain</source>
        <translation>Auth-Referenzen für die Auth-Spalte der Ziele, ihre Secrets im Schlüsselbund</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>E&amp;xportieren</translation>
    </message>
    <message>
        <source>HTML &amp;Report…</source>
        <translation>HTML-&amp;Bericht …</translation>
    </message>
    <message>
        <source>HTML report (*.html)</source>
        <translation>HTML-Bericht (*.html)</translation>
    </message>
    <message>
        <source>Results as &amp;CSV…</source>
        <translation>Ergebnisse als &amp;CSV …</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Run Summary as &amp;JSON…</source>
        <translation>Laufzusammenfassung als &amp;JSON …</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Current Chart as &amp;PNG…</source>
        <translation>Aktuelles Diagramm als &amp;PNG …</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>No run to export yet: run the plan or open a run from History.</source>
        <translation>Noch kein Lauf zum Exportieren: den Plan ausführen oder einen Lauf aus dem Verlauf öffnen.</translation>
    </message>
    <message>
        <source>The results table is empty.</source>
        <translation>Die Ergebnistabelle ist leer.</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>%1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>add it in Run &gt; Credentials…</source>
        <translation>unter Lauf &gt; Zugangsdaten … anlegen</translation>
    </message>
    <message>
        <source>%1 could not be read as it is written:
%2

The plan cannot run until the file is fixed and opened again, or the plan is saved from here, which writes it as shown, without these parts.</source>
        <translation>%1 konnte nicht so gelesen werden, wie die Datei geschrieben ist:
%2

Der Plan kann erst laufen, wenn die Datei korrigiert und erneut geöffnet wird oder der Plan von hier aus gespeichert wird; dabei wird er wie angezeigt geschrieben, ohne diese Teile.</translation>
    </message>
    <message>
        <source>Saved %1 as the workbench shows it, without what it could not read (%2).</source>
        <translation>%1 so gespeichert, wie die Werkbank den Plan anzeigt, ohne das, was sie nicht lesen konnte (%2).</translation>
    </message>
    <message>
        <source>%1 of %2 thresholds failed (see Results).</source>
        <translation>%1 von %2 Schwellenwerten nicht bestanden (siehe Ergebnisse).</translation>
    </message>
    <message>
        <source>The prompts cannot be read: %1</source>
        <translation>Die Prompts können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Checking that the targets are test environments…</source>
        <translation>Prüfe, ob die Ziele Testumgebungen sind…</translation>
    </message>
    <message>
        <source>%1 on %2: %3</source>
        <translation>%1 auf %2: %3</translation>
    </message>
    <message>
        <source>Not a test environment</source>
        <translation>Keine Testumgebung</translation>
    </message>
    <message>
        <source>The environment guard found no test environment here:
%1

Load these hosts anyway? Cancel starts nothing.</source>
        <translation>Die Umgebungsprüfung hat hier keine Testumgebung gefunden:
%1

Diese Hosts trotzdem belasten? Abbrechen startet nichts.</translation>
    </message>
    <message>
        <source>Loading hosts that are not test environments, as confirmed: %1</source>
        <translation>Hosts, die keine Testumgebungen sind, werden wie bestätigt belastet: %1</translation>
    </message>
    <message>
        <source>Plan for &amp;Kubernetes…</source>
        <translation>Plan für &amp;Kubernetes …</translation>
    </message>
    <message>
        <source>Plan for Kubernetes</source>
        <translation>Plan für Kubernetes</translation>
    </message>
    <message>
        <source>Pods that share the load (each runs one shard):</source>
        <translation>Pods, die sich die Last teilen (jeder führt einen Shard aus):</translation>
    </message>
    <message>
        <source>Container image with Plateau (built from packaging/kubernetes/Containerfile):</source>
        <translation>Container-Image mit Plateau (gebaut aus packaging/kubernetes/Containerfile):</translation>
    </message>
    <message>
        <source>Folder for the Kubernetes bundle</source>
        <translation>Ordner für das Kubernetes-Paket</translation>
    </message>
    <message>
        <source>Kubernetes bundle written to %1: kubectl apply -k %1</source>
        <translation>Kubernetes-Paket nach %1 geschrieben: kubectl apply -k %1</translation>
    </message>
</context>
<context>
    <name>plateau::PhaseListModel</name>
    <message>
        <source>Step ramp</source>
        <translation>Stufenrampe</translation>
    </message>
    <message>
        <source>Linear ramp</source>
        <translation>Lineare Rampe</translation>
    </message>
    <message>
        <source>Burst</source>
        <translation>Burst</translation>
    </message>
    <message>
        <source>Sustained</source>
        <translation>Dauerlast</translation>
    </message>
    <message>
        <source>Constant rate</source>
        <translation>Konstante Rate</translation>
    </message>
    <message>
        <source>Arrival-rate ramp</source>
        <translation>Ankunftsraten-Rampe</translation>
    </message>
    <message>
        <source>Sweep</source>
        <translation>Sweep</translation>
    </message>
    <message>
        <source>if the previous passed</source>
        <translation>wenn die vorherige bestanden hat</translation>
    </message>
    <message>
        <source>≤ %1</source>
        <translation>≤ %1</translation>
    </message>
    <message>
        <source>Runs only if the phase before it passed its thresholds</source>
        <translation>Läuft nur, wenn die vorherige Phase ihre Schwellenwerte eingehalten hat</translation>
    </message>
    <message>
        <source>Runs whatever the phase before it gave</source>
        <translation>Läuft unabhängig vom Ergebnis der vorherigen Phase</translation>
    </message>
    <message>
        <source>Estimated time of this phase per target</source>
        <translation>Geschätzte Dauer dieser Phase pro Ziel</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Shape</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
</context>
<context>
    <name>plateau::PhaseResultsModel</name>
    <message>
        <source>not reached</source>
        <translation>nicht erreicht</translation>
    </message>
    <message>
        <source>ran</source>
        <translation>gelaufen</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>gestoppt</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>✗ %1 of %2 failed</source>
        <translation>✗ %1 von %2 nicht bestanden</translation>
    </message>
    <message>
        <source>✓ %1 passed</source>
        <translation>✓ %1 bestanden</translation>
    </message>
    <message>
        <source>✓ %1: actual %2</source>
        <translation>✓ %1: tatsächlich %2</translation>
    </message>
    <message>
        <source>✗ %1: actual %2</source>
        <translation>✗ %1: tatsächlich %2</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Shape</source>
        <translation>Lastform</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>QPS ok</source>
        <translation>QPS ok</translation>
    </message>
    <message>
        <source>Latency
p95 ms</source>
        <translation>Latenz
p95 ms</translation>
    </message>
    <message>
        <source>Failure
rate</source>
        <translation>Fehler-
rate</translation>
    </message>
    <message>
        <source>Thresholds</source>
        <translation>Schwellenwerte</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Bewertung</translation>
    </message>
</context>
<context>
    <name>plateau::PhasesEditor</name>
    <message>
        <source>Every target runs these phases in order; double-click a name to rename it</source>
        <translation>Jedes Ziel durchläuft diese Phasen der Reihe nach; zum Umbenennen auf einen Namen doppelklicken</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Add a phase after the selected one</source>
        <translation>Eine Phase nach der ausgewählten hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected phase (a plan keeps at least one)</source>
        <translation>Ausgewählte Phase entfernen (ein Plan behält mindestens eine)</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Run only if the previous phase passed its thresholds</source>
        <translation>Nur ausführen, wenn die vorige Phase ihre Schwellenwerte eingehalten hat</translation>
    </message>
    <message>
        <source>Otherwise this phase, and the gated phases after it, are skipped with the reason (a smoke test before the ramp)</source>
        <translation>Andernfalls werden diese Phase und die nachfolgenden Phasen mit Gate unter Angabe des Grundes übersprungen (ein Smoke-Test vor der Rampe)</translation>
    </message>
    <message>
        <source>Phase %1 — %2:</source>
        <translation>Phase %1 — %2:</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>Estimated run time: &lt;b&gt;%1&lt;/b&gt; per target (%n phase(s): %2)</source>
        <translation>
            <numerusform>Geschätzte Laufzeit: &lt;b&gt;%1&lt;/b&gt; pro Ziel (%n Phase: %2)</numerusform>
            <numerusform>Geschätzte Laufzeit: &lt;b&gt;%1&lt;/b&gt; pro Ziel (%n Phasen: %2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, &lt;b&gt;%1&lt;/b&gt; for %n enabled target(s).</source>
        <translation>
            <numerusform>, &lt;b&gt;%1&lt;/b&gt; für %n aktiviertes Ziel.</numerusform>
            <numerusform>, &lt;b&gt;%1&lt;/b&gt; für %n aktivierte Ziele.</numerusform>
        </translation>
    </message>
    <message>
        <source>(load only; a sweep counts at its bound, a gated phase as if it runs; each target&apos;s health check and warm-up add a few seconds)</source>
        <translation>(nur Last; ein Sweep zählt mit seiner Obergrenze, eine Phase mit Gate, als ob sie läuft; Health-Check und Aufwärmen jedes Ziels kosten zusätzlich einige Sekunden)</translation>
    </message>
</context>
<context>
    <name>plateau::PlanEditor</name>
    <message>
        <source>Name of the plan; runs are saved as &lt;runs folder&gt;/&lt;name&gt;-&lt;time&gt;</source>
        <translation>Name des Plans; Läufe werden als &lt;Ordner für Läufe&gt;/&lt;Name&gt;-&lt;Zeit&gt; gespeichert</translation>
    </message>
    <message>
        <source>Plan name:</source>
        <translation>Planname:</translation>
    </message>
    <message>
        <source>Targets (run one after another, in this order)</source>
        <translation>Ziele (nacheinander in dieser Reihenfolge ausgeführt)</translation>
    </message>
    <message>
        <source>Load profile</source>
        <translation>Lastprofil</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>Prompts</source>
        <translation>Prompts</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#2e7d32&apos;&gt;✔ The plan is ready to run.&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#2e7d32&apos;&gt;✔ Der Plan ist startbereit.&lt;/span&gt;</translation>
    </message>
    <message numerus="yes">
        <source>&lt;span style=&apos;color:#b71c1c&apos;&gt;&lt;b&gt;%n problem(s)&lt;/b&gt;&lt;/span&gt; — the run cannot start until they are fixed; the cells and fields concerned are marked red.</source>
        <translation>
            <numerusform>&lt;span style=&apos;color:#b71c1c&apos;&gt;&lt;b&gt;%n Problem&lt;/b&gt;&lt;/span&gt; — der Lauf kann erst nach der Behebung starten; die betroffenen Zellen und Felder sind rot markiert.</numerusform>
            <numerusform>&lt;span style=&apos;color:#b71c1c&apos;&gt;&lt;b&gt;%n Probleme&lt;/b&gt;&lt;/span&gt; — der Lauf kann erst nach ihrer Behebung starten; die betroffenen Zellen und Felder sind rot markiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Prüfungen</translation>
    </message>
    <message>
        <source>Health check and warm-up, thresholds, and the saturation verdict&apos;s limits</source>
        <translation>Health-Check und Aufwärmen, Schwellenwerte und die Grenzen des Sättigungsurteils</translation>
    </message>
    <message numerus="yes">
        <source>%n of them come from reading the file: fix the file and open it again, or save the plan from here, which writes it as shown, without them.</source>
        <translation>
            <numerusform>%n davon stammt aus dem Einlesen der Datei: die Datei korrigieren und erneut öffnen oder den Plan von hier aus speichern; dabei wird er wie angezeigt geschrieben, ohne diesen Teil.</numerusform>
            <numerusform>%n davon stammen aus dem Einlesen der Datei: die Datei korrigieren und erneut öffnen oder den Plan von hier aus speichern; dabei wird er wie angezeigt geschrieben, ohne diese Teile.</numerusform>
        </translation>
    </message>
    <message>
        <source>The phases every target runs in order, and the load shape of each</source>
        <translation>Die Phasen, die jedes Ziel der Reihe nach durchläuft, und die Lastform jeder Phase</translation>
    </message>
</context>
<context>
    <name>plateau::ProfileEditor</name>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Load shape</source>
        <translation>Lastform</translation>
    </message>
    <message>
        <source>Step ramp to saturation</source>
        <translation>Stufenrampe bis zur Sättigung</translation>
    </message>
    <message>
        <source>Burst</source>
        <translation>Burst</translation>
    </message>
    <message>
        <source>Sustained</source>
        <translation>Dauerlast</translation>
    </message>
    <message>
        <source>Constant arrival rate (open loop)</source>
        <translation>Konstante Ankunftsrate (offene Schleife)</translation>
    </message>
    <message>
        <source>Shape:</source>
        <translation>Form:</translation>
    </message>
    <message>
        <source> users</source>
        <translation> Benutzer</translation>
    </message>
    <message>
        <source> users/s</source>
        <translation> Benutzer/s</translation>
    </message>
    <message>
        <source>Stop the ramp at the knee</source>
        <translation>Rampe am Knick beenden</translation>
    </message>
    <message>
        <source>Max users:</source>
        <translation>Max. Benutzer:</translation>
    </message>
    <message>
        <source>Step size:</source>
        <translation>Stufengröße:</translation>
    </message>
    <message>
        <source>Step duration:</source>
        <translation>Stufendauer:</translation>
    </message>
    <message>
        <source>Spawn rate:</source>
        <translation>Startrate:</translation>
    </message>
    <message>
        <source>Settle per step:</source>
        <translation>Einschwingzeit pro Stufe:</translation>
    </message>
    <message>
        <source>Users:</source>
        <translation>Benutzer:</translation>
    </message>
    <message>
        <source>Ramp within:</source>
        <translation>Hochfahren innerhalb:</translation>
    </message>
    <message>
        <source>Hold for:</source>
        <translation>Halten für:</translation>
    </message>
    <message>
        <source>Duration:</source>
        <translation>Dauer:</translation>
    </message>
    <message>
        <source> req/s</source>
        <translation> Anfr./s</translation>
    </message>
    <message>
        <source> requests</source>
        <translation> Anfragen</translation>
    </message>
    <message>
        <source>Arrival rate:</source>
        <translation>Ankunftsrate:</translation>
    </message>
    <message>
        <source>Max in flight:</source>
        <translation>Max. gleichzeitig:</translation>
    </message>
    <message>
        <source>Pacing (closed loop)</source>
        <translation>Taktung (geschlossene Schleife)</translation>
    </message>
    <message>
        <source>Each user pauses a random time between min and max before its next request</source>
        <translation>Jeder Benutzer pausiert vor seiner nächsten Anfrage eine zufällige Zeit zwischen Minimum und Maximum</translation>
    </message>
    <message>
        <source>Think time min:</source>
        <translation>Denkzeit min.:</translation>
    </message>
    <message>
        <source>Think time max:</source>
        <translation>Denkzeit max.:</translation>
    </message>
    <message>
        <source>Adds step-size users every step duration up to max users, holding each level; each step&apos;s QPS is measured after the settle time.</source>
        <translation>Fügt nach jeder Stufendauer so viele Benutzer hinzu, wie die Stufengröße angibt, bis zur maximalen Benutzerzahl, und hält jedes Niveau; die QPS jeder Stufe werden nach der Einschwingzeit gemessen.</translation>
    </message>
    <message>
        <source>Starts all users within the ramp time, then holds them.</source>
        <translation>Startet alle Benutzer innerhalb der Rampenzeit und hält sie dann.</translation>
    </message>
    <message>
        <source>Holds a fixed number of users for the whole duration (soak test).</source>
        <translation>Hält eine feste Anzahl Benutzer über die gesamte Dauer (Dauertest).</translation>
    </message>
    <message>
        <source>Sends requests at a fixed rate whatever the latency; latency is also reported from the intended send time (coordinated omission).</source>
        <translation>Sendet Anfragen mit fester Rate unabhängig von der Latenz; die Latenz wird auch ab dem geplanten Sendezeitpunkt ausgewiesen (Coordinated Omission).</translation>
    </message>
    <message>
        <source>Estimated run time: &lt;b&gt;%1&lt;/b&gt; per target (%2 steps × %3)</source>
        <translation>Geschätzte Laufzeit: &lt;b&gt;%1&lt;/b&gt; pro Ziel (%2 Stufen × %3)</translation>
    </message>
    <message>
        <source>Estimated run time: &lt;b&gt;%1&lt;/b&gt; per target</source>
        <translation>Geschätzte Laufzeit: &lt;b&gt;%1&lt;/b&gt; pro Ziel</translation>
    </message>
    <message numerus="yes">
        <source>, &lt;b&gt;%1&lt;/b&gt; for %n enabled target(s).</source>
        <translation>
            <numerusform>, &lt;b&gt;%1&lt;/b&gt; für %n aktiviertes Ziel.</numerusform>
            <numerusform>, &lt;b&gt;%1&lt;/b&gt; für %n aktivierte Ziele.</numerusform>
        </translation>
    </message>
    <message>
        <source>(load phase only; each target&apos;s health check and warm-up add a few seconds)</source>
        <translation>(nur Lastphase; Health-Check und Aufwärmen jedes Ziels kommen mit einigen Sekunden hinzu)</translation>
    </message>
    <message>
        <source>The head of each step is excluded from its statistics while new users start. Auto (below 0): a third of the step, at most 5 s</source>
        <translation>Der Anfang jeder Stufe wird aus ihrer Statistik ausgeschlossen, während neue Benutzer starten. Automatisch (unter 0): ein Drittel der Stufe, höchstens 5 s</translation>
    </message>
    <message>
        <source>End this target&apos;s ramp at the first step after the knee is found (the rules that find the knee are on the Checks tab)</source>
        <translation>Die Rampe dieses Ziels mit der ersten Stufe nach dem gefundenen Knick beenden (die Regeln, die den Knick finden, stehen im Reiter „Prüfungen“)</translation>
    </message>
    <message>
        <source>auto (%1 s)</source>
        <translation>automatisch (%1 s)</translation>
    </message>
    <message>
        <source>Linear ramp of users</source>
        <translation>Lineare Rampe der Nutzerzahl</translation>
    </message>
    <message>
        <source>Arrival-rate ramp (open loop)</source>
        <translation>Ankunftsraten-Rampe (offene Schleife)</translation>
    </message>
    <message>
        <source>Sweep for the highest load within the SLO</source>
        <translation>Sweep nach der höchsten Last innerhalb des SLO</translation>
    </message>
    <message>
        <source>Arrival rate (open loop)</source>
        <translation>Ankunftsrate (offene Schleife)</translation>
    </message>
    <message>
        <source>Users (closed loop)</source>
        <translation>Nutzer (geschlossene Schleife)</translation>
    </message>
    <message>
        <source>linear</source>
        <translation>linear</translation>
    </message>
    <message>
        <source>0 rises linearly, measured in windows; N holds N levels, each an equal part of the duration</source>
        <translation>0 steigt linear an, in Fenstern gemessen; N hält N Stufen, jede ein gleich langer Teil der Dauer</translation>
    </message>
    <message>
        <source>An open loop sends at its rate whatever the latency: at most this many requests wait at once, arrivals beyond it are dropped and counted</source>
        <translation>Eine offene Schleife sendet mit ihrer Rate, unabhängig von der Latenz: höchstens so viele Anfragen warten gleichzeitig, weitere Ankünfte werden verworfen und gezählt</translation>
    </message>
    <message>
        <source>The search stops when the last load within the SLO and the first beyond it are this close (0.05 = within 5 %)</source>
        <translation>Die Suche endet, wenn die letzte Last innerhalb des SLO und die erste darüber so nah beieinanderliegen (0.05 = innerhalb von 5 %)</translation>
    </message>
    <message>
        <source> probes</source>
        <translation> Messungen</translation>
    </message>
    <message>
        <source>Search on:</source>
        <translation>Suche über:</translation>
    </message>
    <message>
        <source>Start users:</source>
        <translation>Startnutzer:</translation>
    </message>
    <message>
        <source>Start rate:</source>
        <translation>Startrate:</translation>
    </message>
    <message>
        <source>End rate:</source>
        <translation>Endrate:</translation>
    </message>
    <message>
        <source>Levels:</source>
        <translation>Stufen:</translation>
    </message>
    <message>
        <source>Tolerance:</source>
        <translation>Toleranz:</translation>
    </message>
    <message>
        <source>Max probes:</source>
        <translation>Max. Messungen:</translation>
    </message>
    <message>
        <source>Up to users:</source>
        <translation>Obergrenze Nutzer:</translation>
    </message>
    <message>
        <source>Up to rate:</source>
        <translation>Obergrenze Rate:</translation>
    </message>
    <message>
        <source>Probe duration:</source>
        <translation>Messdauer:</translation>
    </message>
    <message>
        <source>Window:</source>
        <translation>Fenster:</translation>
    </message>
    <message>
        <source>Settle per probe:</source>
        <translation>Einschwingen je Messung:</translation>
    </message>
    <message>
        <source>Settle per window:</source>
        <translation>Einschwingen je Fenster:</translation>
    </message>
    <message>
        <source>Settle per level:</source>
        <translation>Einschwingen je Stufe:</translation>
    </message>
    <message>
        <source>Users rise evenly from start users to max users over the duration; QPS is measured in windows of the window length.</source>
        <translation>Die Nutzerzahl steigt über die Dauer gleichmäßig von den Startnutzern bis zur maximalen Nutzerzahl; QPS wird in Fenstern der eingestellten Fensterlänge gemessen.</translation>
    </message>
    <message>
        <source>The arrival rate rises from the start rate to the end rate over the duration, evenly or in levels, whatever the latency (open loop).</source>
        <translation>Die Ankunftsrate steigt über die Dauer von der Startrate bis zur Endrate, gleichmäßig oder in Stufen, unabhängig von der Latenz (offene Schleife).</translation>
    </message>
    <message>
        <source>Probes the load from the start upwards, doubling while the plan&apos;s SLO holds, then narrows down between the last load within it and the first beyond (the SLO is on the Checks tab).</source>
        <translation>Tastet die Last vom Startwert aufwärts ab, verdoppelt sie, solange das SLO des Plans eingehalten wird, und grenzt dann zwischen der letzten Last innerhalb und der ersten darüber ein (das SLO steht auf dem Tab Checks).</translation>
    </message>
    <message>
        <source>Estimated run time: at most &lt;b&gt;%1&lt;/b&gt; per target (%2 probes × %3)</source>
        <translation>Geschätzte Laufzeit: höchstens &lt;b&gt;%1&lt;/b&gt; pro Ziel (%2 Messungen × %3)</translation>
    </message>
</context>
<context>
    <name>plateau::ProgressPrinter</name>
    <message>
        <source>  %1 %2 over the load phase
</source>
        <translation>  %1 %2 über die Lastphase
</translation>
    </message>
</context>
<context>
    <name>plateau::PromptEditor</name>
    <message>
        <source>Load from file…</source>
        <translation>Aus Datei laden …</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Write a line break inside a prompt as \n and a backslash as \\.</source>
        <translation>Einen Zeilenumbruch innerhalb eines Prompts als \n und einen Backslash als \\ schreiben.</translation>
    </message>
    <message numerus="yes">
        <source>Loaded %n prompt(s) from %1.</source>
        <translation>
            <numerusform>%n Prompt aus %1 geladen.</numerusform>
            <numerusform>%n Prompts aus %1 geladen.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 holds no prompt.</source>
        <translation>%1 enthält keinen Prompt.</translation>
    </message>
    <message>
        <source>Skipped: %1</source>
        <translation>Übersprungen: %1</translation>
    </message>
    <message>
        <source>Load prompts</source>
        <translation>Prompts laden</translation>
    </message>
    <message numerus="yes">
        <source>%n prompt(s)</source>
        <translation>
            <numerusform>%n Prompt</numerusform>
            <numerusform>%n Prompts</numerusform>
        </translation>
    </message>
    <message>
        <source>A .txt file (one prompt per line), .jsonl (a &quot;prompt&quot; or &quot;content&quot; field, or a JSON string, per line) or .csv (a header row and a prompt, content, text, question or input column)</source>
        <translation>Eine .txt-Datei (ein Prompt pro Zeile), .jsonl (pro Zeile ein Feld &quot;prompt&quot; oder &quot;content&quot; oder ein JSON-String) oder .csv (eine Kopfzeile und eine Spalte prompt, content, text, question oder input)</translation>
    </message>
    <message>
        <source>Keep as a file reference</source>
        <translation>Als Dateiverweis behalten</translation>
    </message>
    <message>
        <source>Save only the file&apos;s path in the plan and read its prompts when the run starts, instead of copying them into the plan</source>
        <translation>Nur den Pfad der Datei im Plan speichern und ihre Prompts beim Start des Laufs lesen, statt sie in den Plan zu kopieren</translation>
    </message>
    <message>
        <source>Random order</source>
        <translation>Zufällige Reihenfolge</translation>
    </message>
    <message>
        <source>In order</source>
        <translation>Der Reihe nach</translation>
    </message>
    <message>
        <source>Random: each request picks a prompt. In order: the prompts in turn, round robin across all users of a target</source>
        <translation>Zufällig: Jede Anfrage wählt einen Prompt. Der Reihe nach: die Prompts nacheinander, reihum über alle Nutzer eines Ziels</translation>
    </message>
    <message>
        <source>One prompt per line. Each request takes one, in the order chosen above.</source>
        <translation>Ein Prompt pro Zeile. Jede Anfrage nimmt einen, in der oben gewählten Reihenfolge.</translation>
    </message>
    <message>
        <source>Choose the file with Load from file…; its prompts are read when the run starts.</source>
        <translation>Datei über „Aus Datei laden…“ wählen; ihre Prompts werden beim Start des Laufs gelesen.</translation>
    </message>
    <message>
        <source>Prompts are read from %1 when the run starts; the list below is not used.</source>
        <translation>Die Prompts werden beim Start des Laufs aus %1 gelesen; die Liste unten wird nicht verwendet.</translation>
    </message>
    <message numerus="yes">
        <source>%n prompt(s) in %1.</source>
        <translation>
            <numerusform>%n Prompt in %1.</numerusform>
            <numerusform>%n Prompts in %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Prompt files (*.txt *.jsonl *.ndjson *.csv);;All files (*)</source>
        <translation>Prompt-Dateien (*.txt *.jsonl *.ndjson *.csv);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>plateau::PromptIo</name>
    <message>
        <source>the quote that opens this cell is never closed</source>
        <translation>das Anführungszeichen, das diese Zelle öffnet, wird nie geschlossen</translation>
    </message>
    <message>
        <source>text after a closing quote: quote the whole cell and write a quote inside it as &quot;&quot;</source>
        <translation>Text nach einem schließenden Anführungszeichen: die ganze Zelle in Anführungszeichen setzen und ein Anführungszeichen darin als &quot;&quot; schreiben</translation>
    </message>
</context>
<context>
    <name>plateau::RequestEditor</name>
    <message>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>Appended to each target&apos;s URL</source>
        <translation>Wird an die URL jedes Ziels angehängt</translation>
    </message>
    <message>
        <source>Method and path:</source>
        <translation>Methode und Pfad:</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Benutzerdefiniert</translation>
    </message>
    <message>
        <source>Responses style (input)</source>
        <translation>Responses-Stil (input)</translation>
    </message>
    <message>
        <source>Chat completions style (messages)</source>
        <translation>Chat-Completions-Stil (messages)</translation>
    </message>
    <message>
        <source>Body preset:</source>
        <translation>Body-Vorlage:</translation>
    </message>
    <message>
        <source>JSON body; every {{prompt}} becomes a prompt from the list (JSON-escaped), {{session}} the virtual user&apos;s session id</source>
        <translation>JSON-Body; jedes {{prompt}} wird zu einem Prompt aus der Liste (JSON-maskiert), {{session}} zur Sitzungs-ID des virtuellen Benutzers</translation>
    </message>
    <message>
        <source>Body template:</source>
        <translation>Body-Schablone:</translation>
    </message>
    <message>
        <source>Streaming response (text/event-stream)</source>
        <translation>Streaming-Antwort (text/event-stream)</translation>
    </message>
    <message>
        <source>Timeouts</source>
        <translation>Timeouts</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>TCP and TLS connection setup</source>
        <translation>TCP- und TLS-Verbindungsaufbau</translation>
    </message>
    <message>
        <source>Stall: no byte received for this long (counted as a stall timeout)</source>
        <translation>Stillstand: so lange kein Byte empfangen (zählt als Stillstands-Timeout)</translation>
    </message>
    <message>
        <source>Deadline of the whole request</source>
        <translation>Frist für die gesamte Anfrage</translation>
    </message>
    <message>
        <source>Connect:</source>
        <translation>Verbinden:</translation>
    </message>
    <message>
        <source>Idle (stall):</source>
        <translation>Leerlauf (Stillstand):</translation>
    </message>
    <message>
        <source>Total:</source>
        <translation>Gesamt:</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Transport</translation>
    </message>
    <message>
        <source>Lean HTTP/1.1 (fastest, lowest generator CPU)</source>
        <translation>Schlankes HTTP/1.1 (am schnellsten, geringste Generator-CPU)</translation>
    </message>
    <message>
        <source>Qt network stack (proxies, redirects, optional HTTP/2)</source>
        <translation>Qt-Netzwerkstack (Proxys, Weiterleitungen, optional HTTP/2)</translation>
    </message>
    <message>
        <source>Allow HTTP/2 over TLS</source>
        <translation>HTTP/2 über TLS erlauben</translation>
    </message>
    <message>
        <source>Client:</source>
        <translation>Client:</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
</context>
<context>
    <name>plateau::ResultsModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Best configuration: highest peak QPS ok.</source>
        <translation>Beste Konfiguration: höchste Spitzen-QPS ok.</translation>
    </message>
    <message>
        <source>%1 ok, %2 failed; %3 cancelled at the end of the test (not counted)</source>
        <translation>%1 ok, %2 fehlgeschlagen; %3 am Testende abgebrochen (nicht gezählt)</translation>
    </message>
    <message>
        <source>The load generator itself was saturated: these numbers are a floor.</source>
        <translation>Der Lastgenerator selbst war ausgelastet: Diese Werte sind eine Untergrenze.</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Compute</source>
        <translation>Compute</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>The configuration (target label). ★ marks the best one: the highest peak QPS ok.</source>
        <translation>Die Konfiguration (Bezeichnung des Ziels). ★ markiert die beste: die höchste Spitzen-QPS ok.</translation>
    </message>
    <message>
        <source>Compute size of the app</source>
        <translation>Compute-Größe der App</translation>
    </message>
    <message>
        <source>Peak QPS ok: the highest QPS ok of any step.</source>
        <translation>Spitzen-QPS ok: die höchste QPS ok aller Stufen.</translation>
    </message>
    <message>
        <source>Peak QPS: the highest QPS of any step, failures included.</source>
        <translation>Spitzen-QPS: die höchste QPS aller Stufen, Fehler eingeschlossen.</translation>
    </message>
    <message>
        <source>Over the whole load phase.</source>
        <translation>Über die gesamte Lastphase.</translation>
    </message>
    <message>
        <source>Server failures counted apart by class: connect, TLS, HTTP status, 429, redirect, auth, content type, no [DONE], no text delta, mid-stream error event, protocol, stall and total timeouts.</source>
        <translation>Serverfehler getrennt nach Klasse gezählt: Verbindung, TLS, HTTP-Status, 429, Weiterleitung, Authentifizierung, Content-Type, kein [DONE], kein Text-Delta, Fehlerereignis im Stream, Protokoll, Stillstands- und Gesamt-Timeouts.</translation>
    </message>
    <message>
        <source>Completed requests over the load phase (ok + failed); requests cancelled at the end of the test are not counted.</source>
        <translation>Abgeschlossene Anfragen während der Lastphase (ok + fehlgeschlagen); am Testende abgebrochene Anfragen werden nicht gezählt.</translation>
    </message>
    <message>
        <source>How the target&apos;s run ended</source>
        <translation>Wie der Lauf des Ziels endete</translation>
    </message>
    <message>
        <source>Knee reason</source>
        <translation>Grund für Knick</translation>
    </message>
    <message>
        <source>Peak
QPS ok</source>
        <translation>Spitzen-
QPS ok</translation>
    </message>
    <message>
        <source>Peak
QPS</source>
        <translation>Spitzen-
QPS</translation>
    </message>
    <message>
        <source>Users
at peak</source>
        <translation>Benutzer
bei Spitze</translation>
    </message>
    <message>
        <source>Knee
(users)</source>
        <translation>Knick
(Benutzer)</translation>
    </message>
    <message>
        <source>TTFT
p50 ms</source>
        <translation>TTFT
p50 ms</translation>
    </message>
    <message>
        <source>TTFT
p95 ms</source>
        <translation>TTFT
p95 ms</translation>
    </message>
    <message>
        <source>Latency
p50 ms</source>
        <translation>Latenz
p50 ms</translation>
    </message>
    <message>
        <source>Latency
p95 ms</source>
        <translation>Latenz
p95 ms</translation>
    </message>
    <message>
        <source>Latency
p99 ms</source>
        <translation>Latenz
p99 ms</translation>
    </message>
    <message>
        <source>Failure
rate</source>
        <translation>Fehler-
rate</translation>
    </message>
    <message>
        <source>Failures
by class</source>
        <translation>Fehler
nach Klasse</translation>
    </message>
    <message>
        <source>✓ %1: actual %2</source>
        <translation>✓ %1: tatsächlich %2</translation>
    </message>
    <message>
        <source>✗ %1: actual %2</source>
        <translation>✗ %1: tatsächlich %2</translation>
    </message>
    <message>
        <source>%1 (%2 users)</source>
        <translation>%1 (%2 Benutzer)</translation>
    </message>
    <message>
        <source>Max QPS
under SLO</source>
        <translation>Max. QPS
unter SLO</translation>
    </message>
    <message>
        <source>The highest QPS ok of a step within the plan&apos;s SLO (latency p95, TTFT p95, failure rate), with its users: the capacity that can be promised. — when no step met it.</source>
        <translation>Die höchste QPS ok einer Stufe innerhalb des SLO des Plans (Latenz-p95, TTFT-p95, Fehlerrate), mit ihren Benutzern: die Kapazität, die sich zusagen lässt. — wenn keine Stufe es erfüllt hat.</translation>
    </message>
    <message>
        <source>Users at max QPS under SLO</source>
        <translation>Benutzer bei max. QPS unter SLO</translation>
    </message>
</context>
<context>
    <name>plateau::ResultsPanel</name>
    <message>
        <source>Copy as TSV</source>
        <translation>Als TSV kopieren</translation>
    </message>
    <message>
        <source>Copy the table, tab separated, for a spreadsheet</source>
        <translation>Die Tabelle tabulatorgetrennt für eine Tabellenkalkulation kopieren</translation>
    </message>
    <message>
        <source>No results yet.</source>
        <translation>Noch keine Ergebnisse.</translation>
    </message>
    <message>
        <source>No step has completed a request yet.</source>
        <translation>Noch keine Stufe hat eine Anfrage abgeschlossen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Best configuration: %1&lt;/b&gt; — peak %2 QPS ok at %3 users.</source>
        <translation>&lt;b&gt;Beste Konfiguration: %1&lt;/b&gt; — Spitze %2 QPS ok bei %3 Benutzern.</translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation>%1 (%2 von %3)</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color:#b71c1c&quot;&gt;&lt;b&gt;✗ Skipped:&lt;/b&gt; %1 (see Status)&lt;/span&gt;</source>
        <translation>&lt;span style=&quot;color:#b71c1c&quot;&gt;&lt;b&gt;✗ Übersprungen:&lt;/b&gt; %1 (siehe Status)&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color:#b71c1c&quot;&gt;&lt;b&gt;✗ %1 of %2 thresholds failed:&lt;/b&gt; %3&lt;/span&gt;</source>
        <translation>&lt;span style=&quot;color:#b71c1c&quot;&gt;&lt;b&gt;✗ %1 von %2 Schwellenwerten nicht bestanden:&lt;/b&gt; %3&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color:#1b5e20&quot;&gt;&lt;b&gt;✓ All %1 thresholds passed.&lt;/b&gt;&lt;/span&gt;</source>
        <translation>&lt;span style=&quot;color:#1b5e20&quot;&gt;&lt;b&gt;✓ Alle %1 Schwellenwerte bestanden.&lt;/b&gt;&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Thresholds&lt;/b&gt; — %1 of %2 failed</source>
        <translation>&lt;b&gt;Schwellenwerte&lt;/b&gt; — %1 von %2 nicht bestanden</translation>
    </message>
    <message>
        <source>&lt;b&gt;Thresholds&lt;/b&gt; — all %1 passed</source>
        <translation>&lt;b&gt;Schwellenwerte&lt;/b&gt; — alle %1 bestanden</translation>
    </message>
    <message>
        <source>&lt;b&gt;Phases&lt;/b&gt; — in the order each target ran them</source>
        <translation>&lt;b&gt;Phasen&lt;/b&gt; — in der Reihenfolge, in der jedes Ziel sie durchlaufen hat</translation>
    </message>
    <message>
        <source>&lt;b&gt;Journey tags&lt;/b&gt; — every step&apos;s requests by tag, over the whole load</source>
        <translation>&lt;b&gt;Journey-Tags&lt;/b&gt; — die Anfragen jedes Schritts nach Tag, über die ganze Last</translation>
    </message>
</context>
<context>
    <name>plateau::RunController</name>
    <message>
        <source>a run is already in progress</source>
        <translation>es läuft bereits ein Lauf</translation>
    </message>
    <message numerus="yes">
        <source>Starting run of %n target(s)…</source>
        <translation>
            <numerusform>Lauf mit %n Ziel wird gestartet …</numerusform>
            <numerusform>Lauf mit %n Zielen wird gestartet …</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot start: %1</source>
        <translation>Start nicht möglich: %1</translation>
    </message>
    <message>
        <source>Run folder: %1</source>
        <translation>Laufordner: %1</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Wird gestoppt …</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Run failed: %1</source>
        <translation>Lauf fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Run stopped; the results so far are kept.</source>
        <translation>Lauf gestoppt; die bisherigen Ergebnisse bleiben erhalten.</translation>
    </message>
    <message>
        <source>Run finished.</source>
        <translation>Lauf beendet.</translation>
    </message>
    <message>
        <source>CPU %1% of %2%</source>
        <translation>CPU %1 % von %2 %</translation>
    </message>
    <message>
        <source>event-loop lag %1 ms</source>
        <translation>Event-Loop-Verzögerung %1 ms</translation>
    </message>
    <message numerus="yes">
        <source>%n late dispatch(es)</source>
        <translation>
            <numerusform>%n verspätete Zustellung</numerusform>
            <numerusform>%n verspätete Zustellungen</numerusform>
        </translation>
    </message>
    <message>
        <source>The load generator itself is saturated (%1: %2 at %3 users): results at this load are a floor, not the server&apos;s capacity. Use fewer users, the lean transport, or a bigger machine.</source>
        <translation>Der Lastgenerator selbst ist ausgelastet (%1: %2 bei %3 Benutzern): Ergebnisse bei dieser Last sind eine Untergrenze, nicht die Kapazität des Servers. Weniger Benutzer, den schlanken Transport oder einen größeren Rechner verwenden.</translation>
    </message>
    <message>
        <source>cannot create the run folder: %1</source>
        <translation>der Laufordner kann nicht angelegt werden: %1</translation>
    </message>
    <message>
        <source>Run finished: %1 of %2 thresholds failed.</source>
        <translation>Lauf beendet: %1 von %2 Schwellenwerten nicht bestanden.</translation>
    </message>
</context>
<context>
    <name>plateau::RunListModel</name>
    <message>
        <source>unreadable</source>
        <translation>nicht lesbar</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>unterbrochen</translation>
    </message>
    <message>
        <source>%1: %2 QPS ok</source>
        <translation>%1: %2 QPS ok</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>Best configuration</source>
        <translation>Beste Konfiguration</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
</context>
<context>
    <name>plateau::RunProgressModel</name>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Estimated from the load profile; health check and warm-up not included</source>
        <translation>Aus dem Lastprofil geschätzt; Health-Check und Aufwärmen nicht enthalten</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Elapsed</source>
        <translation>Vergangen</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>Verbleibend</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>plateau::RunSeries</name>
    <message>
        <source>phase %1</source>
        <translation>Phase %1</translation>
    </message>
</context>
<context>
    <name>plateau::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen …</translation>
    </message>
    <message>
        <source>Runs folder:</source>
        <translation>Ordner für Läufe:</translation>
    </message>
    <message>
        <source>Runs folder</source>
        <translation>Ordner für Läufe</translation>
    </message>
    <message>
        <source> per second</source>
        <translation> pro Sekunde</translation>
    </message>
    <message>
        <source>How often the live charts redraw during a run</source>
        <translation>Wie oft die Live-Diagramme während eines Laufs neu gezeichnet werden</translation>
    </message>
    <message>
        <source>Chart refresh:</source>
        <translation>Diagramm-Aktualisierung:</translation>
    </message>
    <message>
        <source>Draw chart lines with OpenGL</source>
        <translation>Diagrammlinien mit OpenGL zeichnen</translation>
    </message>
    <message>
        <source>Faster with very many points; solid lines only, and some platforms cannot take screenshots of OpenGL charts. Off by default.</source>
        <translation>Schneller bei sehr vielen Punkten; nur durchgezogene Linien, und manche Plattformen können keine Bildschirmfotos von OpenGL-Diagrammen erstellen. Standardmäßig aus.</translation>
    </message>
    <message>
        <source>Automatic: %1</source>
        <translation>Automatisch: %1</translation>
    </message>
    <message>
        <source>Leave empty to use the runs folder of the folder Plateau was started in, where plateau run writes its runs, when there is one; otherwise %1. History lists the runs of this folder, whichever front end wrote them.</source>
        <translation>Leer lassen, um den Ordner für Läufe in dem Ordner zu verwenden, in dem Plateau gestartet wurde und in den plateau run seine Läufe schreibt, sofern es ihn gibt; sonst %1. Der Verlauf listet die Läufe dieses Ordners auf, egal welche Oberfläche sie geschrieben hat.</translation>
    </message>
</context>
<context>
    <name>plateau::SummaryPrinter</name>
    <message>
        <source>target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>peak QPS ok</source>
        <translation>Spitzen-QPS ok</translation>
    </message>
    <message>
        <source>users at peak</source>
        <translation>Benutzer bei Spitze</translation>
    </message>
    <message>
        <source>knee</source>
        <translation>Knick</translation>
    </message>
    <message>
        <source>max QPS under SLO</source>
        <translation>max. QPS innerhalb SLO</translation>
    </message>
    <message>
        <source>latency p95 ms</source>
        <translation>Latenz p95 ms</translation>
    </message>
    <message>
        <source>TTFT p95 ms</source>
        <translation>TTFT p95 ms</translation>
    </message>
    <message>
        <source>fail %</source>
        <translation>Fehler %</translation>
    </message>
    <message>
        <source>thresholds</source>
        <translation>Schwellenwerte</translation>
    </message>
    <message>
        <source>status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>nicht erfüllt</translation>
    </message>
    <message>
        <source>aborted</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <source>plateau: no best configuration: no target completed its load phase</source>
        <translation>plateau: keine beste Konfiguration: kein Ziel hat seine Lastphase abgeschlossen</translation>
    </message>
    <message>
        <source>the only target that completed its load phase</source>
        <translation>das einzige Ziel, das seine Lastphase abgeschlossen hat</translation>
    </message>
    <message>
        <source>the highest of %1 targets that completed their load phase</source>
        <translation>das höchste von %1 Zielen, die ihre Lastphase abgeschlossen haben</translation>
    </message>
    <message>
        <source>the load generator itself was saturated, so the figures are a floor</source>
        <translation>der Lastgenerator selbst war ausgelastet, daher sind die Werte eine Untergrenze</translation>
    </message>
    <message>
        <source>plateau: stopped by user: %1 of %2 targets ran</source>
        <translation>plateau: vom Benutzer gestoppt: %1 von %2 Zielen liefen</translation>
    </message>
    <message>
        <source>plateau: summary (SLO: %1)</source>
        <translation>plateau: Zusammenfassung (SLO: %1)</translation>
    </message>
    <message>
        <source>phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>ran</source>
        <translation>gelaufen</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>gestoppt</translation>
    </message>
    <message>
        <source>%1 req/s</source>
        <translation>%1 Anfr./s</translation>
    </message>
    <message>
        <source>%1 users</source>
        <translation>%1 Benutzer</translation>
    </message>
    <message>
        <source>plateau: best configuration: %1: %2 QPS ok at %3 within the SLO (%4), %5</source>
        <translation>plateau: beste Konfiguration: %1: %2 QPS ok bei %3 im SLO (%4), %5</translation>
    </message>
    <message>
        <source>plateau: best configuration: %1: peak %2 QPS ok at %3, %4; no target met the SLO (%5)</source>
        <translation>plateau: beste Konfiguration: %1: Spitze %2 QPS ok bei %3, %4; kein Ziel hielt das SLO ein (%5)</translation>
    </message>
    <message>
        <source>no knee within %1: raise max_users to see its ceiling (%2 QPS ok is a lower bound)</source>
        <translation>kein Knick innerhalb von %1: max_users erhöhen, um die Obergrenze zu sehen (%2 QPS ok ist eine Untergrenze)</translation>
    </message>
    <message>
        <source>no knee within %1: %2 QPS ok is a lower bound</source>
        <translation>kein Knick innerhalb von %1: %2 QPS ok ist eine Untergrenze</translation>
    </message>
    <message>
        <source>plateau: %1 per journey tag (the key tag makes the table above):</source>
        <translation>plateau: %1 je Journey-Tag (der Schlüssel-Tag ergibt die Tabelle oben):</translation>
    </message>
    <message>
        <source>tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>QPS</source>
        <translation>QPS</translation>
    </message>
    <message>
        <source>checks %</source>
        <translation>Prüfungen %</translation>
    </message>
    <message numerus="yes">
        <source>plateau: %1: %n new connection(s), connect p50 %2 / p99 %3 ms</source>
        <translation>
            <numerusform>plateau: %1: %n neue Verbindung, Verbindungsaufbau p50 %2 / p99 %3 ms</numerusform>
            <numerusform>plateau: %1: %n neue Verbindungen, Verbindungsaufbau p50 %2 / p99 %3 ms</numerusform>
        </translation>
    </message>
    <message>
        <source>, TLS handshake p50 %1 / p99 %2 ms</source>
        <translation>, TLS-Handshake p50 %1 / p99 %2 ms</translation>
    </message>
    <message>
        <source> (connection setup is a large part of the TTFT p99 of %1 ms)</source>
        <translation> (der Verbindungsaufbau ist ein großer Teil der TTFT p99 von %1 ms)</translation>
    </message>
    <message>
        <source>plateau: TLS certificates were not verified (tls.insecure): figures for a test host only</source>
        <translation>plateau: TLS-Zertifikate wurden nicht geprüft (tls.insecure): Werte nur für einen Testhost</translation>
    </message>
</context>
<context>
    <name>plateau::TagResultsModel</name>
    <message>
        <source>%1 (key)</source>
        <translation>%1 (Schlüssel)</translation>
    </message>
    <message>
        <source>%1: %2 — %3 passed, %4 failed</source>
        <translation>%1: %2 — %3 bestanden, %4 nicht bestanden</translation>
    </message>
    <message>
        <source>The key tag: the results table, the charts and the saturation verdict are its requests</source>
        <translation>Der Schlüssel-Tag: Ergebnistabelle, Diagramme und Sättigungsurteil bestehen aus seinen Anfragen</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>QPS</source>
        <translation>QPS</translation>
    </message>
    <message>
        <source>Latency p95 (ms)</source>
        <translation>Latenz p95 (ms)</translation>
    </message>
    <message>
        <source>TTFT p95 (ms)</source>
        <translation>TTFT p95 (ms)</translation>
    </message>
    <message>
        <source>Failure rate</source>
        <translation>Fehlerrate</translation>
    </message>
    <message>
        <source>Checks passed</source>
        <translation>Prüfungen bestanden</translation>
    </message>
</context>
<context>
    <name>plateau::TargetTableModel</name>
    <message>
        <source>Server-side workers unknown (informational only)</source>
        <translation>Serverseitige Worker unbekannt (nur zur Information)</translation>
    </message>
    <message>
        <source>No authentication</source>
        <translation>Keine Authentifizierung</translation>
    </message>
    <message>
        <source>On</source>
        <translation>An</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Compute</source>
        <translation>Compute</translation>
    </message>
    <message>
        <source>Workers</source>
        <translation>Worker</translation>
    </message>
    <message>
        <source>Auth</source>
        <translation>Auth</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>Only enabled targets are run, one after another</source>
        <translation>Nur aktivierte Ziele werden ausgeführt, eines nach dem anderen</translation>
    </message>
    <message>
        <source>Name of the configuration; also the folder name of its results in the run folder</source>
        <translation>Name der Konfiguration; zugleich der Ordnername ihrer Ergebnisse im Laufordner</translation>
    </message>
    <message>
        <source>Compute size of the app (small, medium, large, xlarge or free text); charts group by it</source>
        <translation>Compute-Größe der App (small, medium, large, xlarge oder freier Text); Diagramme gruppieren danach</translation>
    </message>
    <message>
        <source>Server-side worker processes, informational</source>
        <translation>Serverseitige Worker-Prozesse, zur Information</translation>
    </message>
    <message>
        <source>Name of an auth reference resolved at run time; the secret itself never enters the plan</source>
        <translation>Name einer Auth-Referenz, die zur Laufzeit aufgelöst wird; das Secret selbst gelangt nie in den Plan</translation>
    </message>
    <message>
        <source>Extra request headers as &quot;Name: value; Name2: value2&quot;</source>
        <translation>Zusätzliche Anfrage-Header als &quot;Name: Wert; Name2: Wert2&quot;</translation>
    </message>
    <message>
        <source>URL of the app: the request path is appended, unless the URL already ends with it</source>
        <translation>URL der App: der Anfragepfad wird angehängt, sofern die URL nicht bereits damit endet</translation>
    </message>
</context>
<context>
    <name>plateau::TargetsEditor</name>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Add a target</source>
        <translation>Ein Ziel hinzufügen</translation>
    </message>
    <message>
        <source>Add URLs…</source>
        <translation>URLs hinzufügen …</translation>
    </message>
    <message>
        <source>Add several targets at once: one URL per line; labels come from the host</source>
        <translation>Mehrere Ziele auf einmal hinzufügen: eine URL pro Zeile; die Bezeichnungen stammen vom Host</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>Aktivieren</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Deaktivieren</translation>
    </message>
    <message>
        <source>Move up: targets run in table order</source>
        <translation>Nach oben verschieben: Ziele laufen in Tabellenreihenfolge</translation>
    </message>
    <message>
        <source>Move down: targets run in table order</source>
        <translation>Nach unten verschieben: Ziele laufen in Tabellenreihenfolge</translation>
    </message>
    <message>
        <source>Paste URLs</source>
        <translation>URLs einfügen</translation>
    </message>
    <message numerus="yes">
        <source>Added %n target(s).</source>
        <translation>
            <numerusform>%n Ziel hinzugefügt.</numerusform>
            <numerusform>%n Ziele hinzugefügt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not an http(s) URL, skipped: %1</source>
        <translation>Keine http(s)-URL, übersprungen: %1</translation>
    </message>
    <message>
        <source>Add targets from URLs</source>
        <translation>Ziele aus URLs hinzufügen</translation>
    </message>
    <message>
        <source>One app URL per line. Labels, compute size and workers are taken from the host name where it says them (my-app-medium-w4).</source>
        <translation>Eine App-URL pro Zeile. Bezeichnungen, Compute-Größe und Worker werden aus dem Hostnamen übernommen, sofern er sie enthält (my-app-medium-w4).</translation>
    </message>
</context>
<context>
    <name>plateau::ThresholdTableModel</name>
    <message>
        <source>Metric</source>
        <translation>Metrik</translation>
    </message>
    <message>
        <source>Must be</source>
        <translation>Muss sein</translation>
    </message>
    <message>
        <source>How the measured value must compare: &lt; &lt;= &gt; &gt;=</source>
        <translation>Wie der Messwert verglichen werden muss: &lt; &lt;= &gt; &gt;=</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>The limit; latencies in milliseconds, the failure rate as a fraction (0.05 = 5 %)</source>
        <translation>Die Grenze; Latenzen in Millisekunden, die Fehlerrate als Anteil (0.05 = 5 %)</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>What is measured, over each target&apos;s whole load phase or in each step (see Scope)</source>
        <translation>Was gemessen wird, über die ganze Lastphase jedes Ziels oder in jeder Stufe (siehe Geltung)</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Geltung</translation>
    </message>
    <message>
        <source>Whole target: the gate is judged once, over the target&apos;s whole load phase. Every step: each measured step is judged on its own, and one bad step fails the gate</source>
        <translation>Ganzes Ziel: Die Prüfbedingung wird einmal beurteilt, über die ganze Lastphase des Ziels. Jede Stufe: Jede gemessene Stufe wird für sich beurteilt, und eine schlechte Stufe lässt die Prüfbedingung scheitern</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop the ramp when crossed: checked at the end of every step; the target&apos;s load stops at once, the run goes on with the next target and exits 1</source>
        <translation>Die Rampe beim Überschreiten anhalten: geprüft am Ende jeder Stufe; die Last des Ziels endet sofort, der Lauf geht mit dem nächsten Ziel weiter und endet mit Exit-Code 1</translation>
    </message>
    <message>
        <source>whole target</source>
        <translation>ganzes Ziel</translation>
    </message>
    <message>
        <source>every step</source>
        <translation>jede Stufe</translation>
    </message>
</context>
<context>
    <name>plateau::ThresholdsEditor</name>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Add a threshold</source>
        <translation>Einen Schwellenwert hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected thresholds</source>
        <translation>Die ausgewählten Schwellenwerte entfernen</translation>
    </message>
</context>
<context>
    <name>plateau::ThresholdsModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>✓ passed</source>
        <translation>✓ bestanden</translation>
    </message>
    <message>
        <source>✗ failed</source>
        <translation>✗ nicht bestanden</translation>
    </message>
    <message>
        <source>Nothing was measured for %1 (no successful request), so the threshold cannot pass.</source>
        <translation>Für %1 wurde nichts gemessen (keine erfolgreiche Anfrage), daher kann der Schwellenwert nicht bestanden werden.</translation>
    </message>
    <message>
        <source>%1 is %2 %3: passed.</source>
        <translation>%1 ist %2 %3: bestanden.</translation>
    </message>
    <message>
        <source>%1 is not %2 %3: failed.</source>
        <translation>%1 ist nicht %2 %3: nicht bestanden.</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Schwellenwert</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Tatsächlich</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Grenze</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>The configuration (target label)</source>
        <translation>Die Konfiguration (Bezeichnung des Ziels)</translation>
    </message>
    <message>
        <source>The plan&apos;s gate: over the whole load phase unless it names a step</source>
        <translation>Die Prüfbedingung des Plans: über die gesamte Lastphase, sofern sie keine Stufe nennt</translation>
    </message>
    <message>
        <source>What the target measured</source>
        <translation>Was das Ziel gemessen hat</translation>
    </message>
    <message>
        <source>What the gate allows</source>
        <translation>Was die Prüfbedingung zulässt</translation>
    </message>
    <message>
        <source>Whether the actual value met the limit; a failed threshold makes the run exit 1</source>
        <translation>Ob der tatsächliche Wert die Grenze eingehalten hat; ein nicht bestandener Schwellenwert beendet den Lauf mit Exit-Code 1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>plateau::TokenRate</name>
    <message>
        <source>output tokens/s</source>
        <translation>Ausgabe-Tokens/s</translation>
    </message>
    <message>
        <source>deltas/s (the server reports no token usage)</source>
        <translation>Deltas/s (der Server meldet keinen Token-Verbrauch)</translation>
    </message>
    <message>
        <source>deltas/s</source>
        <translation>Deltas/s</translation>
    </message>
</context>
</TS>
