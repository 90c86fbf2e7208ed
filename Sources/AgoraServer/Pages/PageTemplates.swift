/// The phone pages as mustache templates, embedded in the binary (no resource bundle to find
/// at run time). `{{value}}` escapes HTML, and no template uses the unescaped `{{& }}` form or
/// `{{{ }}}`, except for the ``renderedSlots`` (a test checks): the long lists, whose value is
/// a ``RenderedHTML`` of rows that their own template rendered, escaped. So every value a
/// participant typed is escaped by construction.
/// Strings come from ``PhoneText`` as `{{t.key}}`, in the phone's language (`lang` on `<html>`),
/// and every page ends with the language menu.
enum PageTemplates {
    static let all: [String: String] = [
        "head": head, "foot": foot, "join": join, "home": home, "vote": vote, "propose": propose,
        "plan": plan, "share": share, "projects": projects, "wall": wall, "wallPart": wallPart, "message": message,
        "code": code, "languages": languages, "joinRow": joinRow, "voteRow": voteRow,
        "navRow": navRow, "linkRow": linkRow,
    ]

    /// The only values written unescaped: each is a ``RenderedHTML`` from ``RenderedRows``.
    static let renderedSlots: Set<String> = ["peopleRows", "topicRows", "navRows", "linkRows"]

    static let head = """
    <!doctype html>
    <html lang="{{lang}}">
    <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>{{title}} · {{meeting}}</title>
    <link rel="stylesheet" href="/static/app.css">
    {{#live}}<script src="/static/live.js" defer></script>{{/live}}
    </head>
    <body>
    <a class="skip" href="#main">{{t.skip}}</a>
    <header><p class="meeting">{{meeting}}</p>{{#me}}<p class="me">{{me}}</p>{{/me}}</header>
    <main id="main">
    <h1>{{title}}</h1>
    {{#notice}}<p class="notice" role="status">{{notice}}</p>{{/notice}}
    {{#error}}<div class="error" role="alert"><h2>{{t.errorTitle}}</h2><p>{{error}}</p></div>{{/error}}

    """

    static let foot = """
    </main>
    {{#hasNav}}<nav aria-label="{{t.menu}}"><ul>{{{navRows}}}</ul></nav>{{/hasNav}}
    {{> languages}}
    </body>
    </html>

    """

    /// The language menu: the same for every phone on a given page in a given language, so
    /// ``PhonePages`` renders it once per page and language when it starts.
    static let languages = """
    <nav class="languages" aria-label="{{t.language}}"><ul>{{#languages}}<li>{{#current}}<span aria-current="true" lang="{{code}}">{{name}}</span>{{/current}}{{^current}}<a href="{{href}}" lang="{{code}}" hreflang="{{code}}">{{name}}</a>{{/current}}</li>{{/languages}}</ul></nav>

    """

    static let message = """
    {{> head}}<p><a class="button" href="{{base}}/">{{t.joinTitle}}</a></p>
    {{> foot}}
    """

    static let code = """
    {{> head}}<p>{{t.codeIntro}}</p>
    <form method="post" action="/j">
    <label for="code">{{t.codeLabel}}</label><input id="code" name="code" required autocomplete="off" autocapitalize="characters" spellcheck="false" value="{{typed}}">
    <button type="submit" class="primary">{{t.codeButton}}</button>
    </form>
    {{> foot}}
    """

    static let join = """
    {{> head}}{{#closed}}<p>{{t.joiningClosed}}</p>{{/closed}}{{^closed}}<p>{{t.joinIntro}}</p>
    <form method="get" action="{{base}}/" role="search" class="row">
    <label for="q">{{t.search}}</label>
    <input id="q" name="q" type="search" value="{{q}}" autocomplete="off">
    <button type="submit">{{t.searchButton}}</button>
    </form>
    <form method="post" action="{{base}}/join">
    <input type="hidden" name="csrf" value="{{csrf}}">
    <ul class="choices">{{{peopleRows}}}</ul>
    </form>
    {{^people}}<p>{{t.noMatch}}</p>{{/people}}{{#more}}<p>{{t.moreNames}}</p>{{/more}}
    {{#walkIns}}<h2>{{t.registerTitle}}</h2>
    <p>{{t.registerIntro}}</p>
    <form method="post" action="{{base}}/register">
    <input type="hidden" name="csrf" value="{{csrf}}">
    <label for="name">{{t.name}}</label><input id="name" name="name" required autocomplete="name" value="{{form.name}}">
    <label for="city">{{t.city}}</label><input id="city" name="city" required value="{{form.city}}">
    <label for="organization">{{t.organization}}</label><input id="organization" name="organization" autocomplete="organization" value="{{form.organization}}">
    <button type="submit" class="primary">{{t.registerButton}}</button>
    </form>{{/walkIns}}{{/closed}}
    {{> foot}}
    """

    /// One person on the join page (``RenderedRows``).
    static let joinRow = """
    <li><button type="submit" name="participant" value="{{id}}">{{label}}</button></li>
    """

    /// One link of a joined phone's menu, at the foot of every page (``RenderedRows``).
    static let navRow = """
    <li><a href="{{href}}">{{label}}</a></li>
    """

    /// One of the home page's buttons (``RenderedRows``).
    static let linkRow = """
    <li><a class="button" href="{{href}}">{{label}}</a></li>
    """

    static let home = """
    {{> head}}<ul class="choices">{{{linkRows}}}</ul>
    <p class="small">{{t.notYou}}</p>
    {{> foot}}
    """

    static let vote = """
    {{> head}}{{#intro}}<p>{{intro}}</p>{{/intro}}{{#left}}<p class="left">{{left}}</p>{{/left}}
    {{#canVote}}<form method="post" action="{{base}}/vote">
    <input type="hidden" name="csrf" value="{{csrf}}">
    <ul class="ballot">{{{topicRows}}}</ul>
    {{^topics}}<p>{{t.noTopics}}</p>{{/topics}}<p class="small">{{t.changeUntilClose}}</p>
    <button type="submit" class="primary">{{t.saveBallot}}</button>
    </form>{{/canVote}}{{#status}}<p>{{status}}</p>{{/status}}
    <h2>{{t.results}}</h2>
    {{#showResults}}<ol class="results">{{#results}}<li><span>{{title}}</span> <strong>{{points}}</strong></li>{{/results}}</ol>{{/showResults}}{{^showResults}}<p>{{t.resultsHidden}}</p>{{/showResults}}
    {{> foot}}
    """

    /// One topic of the ballot (``RenderedRows``): a number field, or a box for approval.
    static let voteRow = """
    <li>{{#number}}<label for="t{{id}}">{{title}}</label>
    <input id="t{{id}}" name="t{{id}}" type="number" inputmode="numeric" min="0" max="{{max}}" value="{{value}}">{{/number}}{{#check}}<input id="t{{id}}" name="t{{id}}" type="checkbox" value="1"{{#checked}} checked{{/checked}}>
    <label for="t{{id}}">{{title}}</label>{{/check}}{{#description}}<p class="small">{{description}}</p>{{/description}}</li>
    """

    static let propose = """
    {{> head}}{{#open}}<form method="post" action="{{base}}/propose">
    <input type="hidden" name="csrf" value="{{csrf}}">
    <label for="title">{{t.topicTitle}}</label><input id="title" name="title" required value="{{form.title}}">
    <label for="description">{{t.topicDescription}}</label><textarea id="description" name="description" rows="4">{{form.description}}</textarea>
    <button type="submit" class="primary">{{t.proposeButton}}</button>
    </form>{{/open}}{{^open}}<p>{{t.proposalsClosed}}</p>{{/open}}
    {{> foot}}
    """

    static let plan = """
    {{> head}}{{^rounds}}<p>{{t.noSchedule}}</p>{{/rounds}}{{#rounds}}<section>
    <h2>{{heading}}</h2>
    <p class="mine">{{mine}}</p>
    <ul>{{#slots}}<li>{{line}}</li>{{/slots}}</ul>
    </section>{{/rounds}}{{#hasGroups}}<p><a class="button" href="{{base}}/plan.ics">{{t.calendar}}</a></p>{{/hasGroups}}
    {{> foot}}
    """

    static let share = """
    {{> head}}<p>{{intro}}</p>
    <form method="post" action="{{base}}/share">
    <input type="hidden" name="csrf" value="{{csrf}}">
    <label for="title">{{t.experienceTitle}}</label><input id="title" name="title" required value="{{form.title}}">
    <label for="challenge">{{t.challenge}}</label><textarea id="challenge" name="challenge" rows="3">{{form.challenge}}</textarea>
    <label for="action">{{t.action}}</label><textarea id="action" name="action" rows="3">{{form.action}}</textarea>
    <label for="result">{{t.result}}</label><textarea id="result" name="result" rows="3">{{form.result}}</textarea>
    <label for="tags">{{t.tags}}</label><input id="tags" name="tags" value="{{form.tags}}">
    <button type="submit" class="primary">{{t.shareButton}}</button>
    </form>
    {{> foot}}
    """

    static let projects = """
    {{> head}}{{#hasProjects}}<p>{{intro}}</p>{{/hasProjects}}{{^projects}}<p>{{t.noOpenProjects}}</p>{{/projects}}
    {{#projects}}<section>
    <h2>{{title}}</h2>{{#question}}<p>{{question}}</p>{{/question}}
    <p class="small">{{cities}}</p>
    {{#canJoin}}<form method="post" action="{{base}}/interest">
    <input type="hidden" name="csrf" value="{{csrf}}">
    <button type="submit" name="project" value="{{id}}" class="primary">{{button}}</button>
    </form>{{/canJoin}}{{^canJoin}}<p>{{button}}</p>{{/canJoin}}
    </section>{{/projects}}
    {{> foot}}
    """

    static let wall = """
    {{> head}}<p class="small">{{t.liveNote}}</p>
    <div id="live" data-live="{{base}}/wall/live">{{> wallPart}}</div>
    {{> foot}}
    """

    static let wallPart = """
    <h2>{{t.topics}}</h2>
    <ol class="results">{{#topics}}<li><span>{{title}}</span>{{#points}} <strong>{{points}}</strong>{{/points}}</li>{{/topics}}</ol>
    {{^showResults}}<p class="small">{{t.resultsHidden}}</p>{{/showResults}}
    <h2>{{t.schedule}}</h2>
    {{^rounds}}<p>{{t.noSchedule}}</p>{{/rounds}}{{#rounds}}<h3>{{heading}}</h3>
    <ul>{{#slots}}<li>{{line}}{{#people}} ({{people}}){{/people}}</li>{{/slots}}</ul>{{/rounds}}

    """

    /// Mobile first: one column, 48 px tap targets, system fonts, colours with at least 4.5:1
    /// contrast (WCAG AA) on their background.
    static let css = """
    *{box-sizing:border-box}
    html{-webkit-text-size-adjust:100%}
    body{margin:0;font:1.0625rem/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1b1b1b;background:#ffffff;overflow-wrap:anywhere}
    header{background:#123d6b;color:#ffffff;padding:.5rem 1rem}
    header p{margin:0}
    .me{font-size:.9rem}
    main{padding:1rem;max-width:40rem;margin:0 auto}
    h1{font-size:1.5rem;margin:.25rem 0 1rem}
    h2{font-size:1.2rem;margin:1.5rem 0 .5rem}
    label{display:block;font-weight:600;margin:.75rem 0 .25rem}
    input,textarea,select{font:inherit;width:100%;min-height:48px;padding:.5rem;border:2px solid #5a5a5a;border-radius:6px;background:#ffffff;color:#1b1b1b}
    input[type=checkbox]{width:28px;min-height:28px;height:28px;margin:0 .5rem 0 0;vertical-align:middle}
    button,.button{display:inline-block;font:inherit;min-height:48px;min-width:48px;padding:.6rem 1rem;margin:.5rem 0;border:2px solid #0b4fa8;border-radius:6px;background:#ffffff;color:#0b4fa8;text-decoration:none;text-align:left;cursor:pointer}
    .primary{background:#0b4fa8;color:#ffffff;width:100%;text-align:center}
    .choices{list-style:none;padding:0;margin:0}
    .choices button,.choices .button{width:100%}
    .row input{margin-bottom:.25rem}
    .ballot{list-style:none;padding:0}
    .ballot li{padding:.5rem 0;border-bottom:1px solid #c8c8c8}
    .ballot li label{display:inline;font-weight:600}
    .results li{padding:.25rem 0}
    .left{font-weight:700;color:#123d6b}
    .small{font-size:.95rem;color:#3d3d3d}
    .notice{background:#e6f4ea;color:#10451f;border-left:6px solid #1e7b34;padding:.75rem}
    .error{background:#fdecec;color:#7a1010;border-left:6px solid #b3261e;padding:.75rem}
    .error h2{margin:0;font-size:1.05rem}
    .error p{margin:.25rem 0 0}
    nav{border-top:1px solid #c8c8c8;padding:.5rem 1rem}
    nav ul{list-style:none;margin:0;padding:0;display:flex;flex-wrap:wrap;gap:.25rem 1rem}
    nav a{display:inline-block;min-height:48px;padding:.75rem 0;color:#0b4fa8}
    .languages{border-top:0;padding-top:0}
    .languages span{display:inline-block;min-height:48px;padding:.75rem 0;font-weight:700}
    .skip{position:absolute;left:-999px}
    .skip:focus{left:1rem;top:1rem;background:#ffffff;color:#0b4fa8;padding:.5rem;z-index:1}
    :focus-visible{outline:3px solid #b35c00;outline-offset:2px}

    """

    /// The only script: the live wall follows the server's events. Pages work without it.
    static let liveScript = """
    (function () {
      var box = document.getElementById('live');
      if (!box || !window.EventSource) return;
      var source = new EventSource(box.getAttribute('data-live'));
      source.onmessage = function (event) { box.innerHTML = event.data; };
    })();

    """
}
