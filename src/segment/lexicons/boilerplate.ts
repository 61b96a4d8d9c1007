import type { BoilerplateKind } from '../../types.js';

/**
 * Phrases that mark a line as page furniture, by kind. Each list is matched as whole words,
 * case-insensitively; `start` lists only at the start of a line.
 * Kept as data: add a phrase here, not an `if` in the classifier.
 */
export interface KindLexicon {
  kind: BoilerplateKind;
  /** matched at the start of the line */
  start: string[];
  /** matched anywhere in the line */
  anywhere: string[];
  /** lines longer than this many words are never this kind by lexicon alone */
  maxWords: number;
}

export const KIND_LEXICONS: KindLexicon[] = [
  {
    kind: 'legal',
    start: ['copyright', 'citation:', 'terms of use', 'terms of service', 'privacy policy', 'cookie policy', 'impressum', 'datenschutz', 'mentions légales'],
    anywhere: ['©', '(c) 20', 'all rights reserved', 'alle rechte vorbehalten', 'tous droits réservés', 'todos los derechos reservados', 'may not be published, broadcast, rewritten', 'we use cookies', 'this site uses cookies', 'accept cookies', 'this document is subject to copyright', 'unsubscribe at any time', 'no spam, we promise',
      'use of cookies', 'these cookies', 'cookie settings', 'cookie preferences', 'cookies to ', 'cookies help',
      'verwenden cookies', 'verwendet cookies', 'nutzt cookies', 'diese cookies', 'cookie-einstellungen', 'notwendige cookies', 'cookies, um', 'cookies zu',
      'utilisons des cookies', 'utilise des cookies', 'ces cookies', 'utilizamos cookies', 'utiliza cookies', 'estas cookies', 'uso de cookies',
      'korzystamy z cookies', 'plików cookies', 'za pomocą cookies', 'wszelkie prawa zastrzeżone', 'prawem autorskim', 'todos os direitos reservados',
      'tutti i diritti riservati', 'alle rechten voorbehouden', 'uses akismet', 'verwendet akismet', "n'engagent que", 'comments are moderated'],
    maxWords: 60,
  },
  {
    kind: 'promo',
    start: ['read more', 'read also', 'also read', 'related', 'related:', 'related articles', 'related stories', 'related coverage', 'see also', 'more:', 'more from', 'recommended', 'sponsored', 'advertisement', 'advertising', 'ad:', 'subscribe', 'sign up', 'newsletter', 'follow us', 'like us on', 'click here', 'continue reading', 'watch:', 'listen:', 'watch the video', 'download the app', 'get the app', 'most popular', 'most read', 'trending', "don't miss", 'you may also like', 'you might also like', 'follow', 'enter your', 'register for', 'create an account', 'create a free account', 'log in to', 'watch live', 'listen live', 'get the latest', 'join our', 'download our', 'mehr zum thema', 'lesen sie auch', 'folgen sie', 'jetzt abonnieren', 'jetzt lesen', 'suivez-nous', 'síguenos', 'auch interessant', 'anzeige', 'werbung', 'lire aussi', 'à lire aussi', 'publicité', 'lee también', 'publicidad', 'see more:', 'explore further', 'related news', 'related links', 'stay up to date', 'also:', 'want more', 'get breaking', 'about the author', 'über den autor', 'sobre el autor', "à propos de l'auteur", 'スポンサードリンク', '関連記事',
      'weiterlesen', 'lesen sie hier', 'lesen sie mehr', 'mehr lesen', 'kostenlos registrieren', 'jetzt registrieren', '*werbung',
      'informate más', 'leer más', 'lire la suite', 'en savoir plus', 'leia também', 'leia mais', 'czytaj także', 'czytaj więcej', 'zobacz także', 'zobacz też',
      'if you enjoyed', 'we want to hear what you think', 'missing out on', 'enter your email', 'enter your e-mail', 'immediate online access',
      'lea:', 'lea más', 'lea también', 'vea también', 'ver también', 'puedes ver:', 'mira:', 'le puede interesar', 'te puede interesar', 'también te puede interesar',
      'czytaj też', 'dowiedz się więcej', 'leggi anche', 'lees ook', 'zie ook', 'voir aussi', 'read next', 'veja também', 'zum weiterlesen',
      'das könnte sie auch interessieren', 'das könnte dich auch interessieren', 'weitere beiträge', 'weitere artikel', 'ähnliche artikel', 'ähnliche beiträge', 'verwandte artikel',
      'artículos relacionados', 'articles similaires', 'more stories', 'top stories', 'latest news', 'popular now', "editor's picks", 'you may like', 'externer inhalt', 'empfohlener redaktioneller inhalt',
      'nos siga', 'dołącz do', 'have a tip', 'notify me of', 'save my name', 'benachrichtige mich', 'benachrichtigung bei', 'informiere mich über', 'prévenez-moi', 'avertissez-moi', 'notifícame', 'recibir un aviso'],
    anywhere: ['subscribe now', 'subscribe to our', 'sign up for our', 'sign up to our', 'get our newsletter', 'in your inbox', 'support our journalism', 'become a member', 'free trial',
      'your inbox', 'meistgelesen', 'our newsletter', 'follow us on', 'follow her on', 'follow him on', 'requires javascript', 'unseren newsletter', 'zum newsletter', 'newsletter abonnieren', 'abonnieren sie', 'unterstützen sie uns'],
    maxWords: 30,
  },
  {
    kind: 'caption',
    start: ['photo:', 'photo by', 'photos:', 'image caption', 'image copyright', 'courtesy of', 'credit:', 'credits:', 'quelle:', 'bildquelle', 'fotos:', 'screenshot', 'image:', 'picture:', 'file photo', 'pictured:', 'caption:', 'foto:', 'bild:', 'photograph by', 'photograph:', 'fot.', 'vergrößern ', 'this illustration', 'in this photo', 'in this handout', "an artist's", "artist's impression", "artist's concept"],
    anywhere: ['getty images', '(photo:', '(photo by', 'ap photo', 'afp photo', 'reuters/', 'photo credit', 'image credit', 'photo courtesy', '/ reuters', '/reuters', 'shutterstock', 'epa-efe', 'file photo', 'photograph:', 'all photos:', 'main image:', 'submitted photo', 'staff photo', 'courtesy photo', 'photo illustration', 'foto: ', 'bild: ', '(foto', '(bild', 'dpa-bildfunk', 'picture alliance', 'imago images', 'istock', 'photo :', 'crédit photo', '(afp)', 'archivbild', '(image:', 'credit:', '[file:', '(file:', '(pictured', 'zum vergrößern'],
    maxWords: 60,
  },
  {
    kind: 'navigation',
    start: ['home', 'menu', 'search', 'log in', 'login', 'sign in', 'skip to', 'back to top', 'jump to', 'share', 'share this', 'tweet', 'print', 'email this', 'next article', 'previous article', 'next story', 'previous story', 'comments', 'leave a comment', 'reply', 'tags:', 'topics:', 'filed under', 'categories:', 'posted in', 'startseite', 'suche', 'accueil', 'inicio', 'you are here', 'back to gallery', 'view all', 'zur startseite', 'diese geschichte teilen', 'artikel teilen', 'teilen', 'partager', 'compartir', 'udostępnij', 'quellen:', 'quellenangaben', 'sources:', 'mit freunden teilen', 'zurück zur übersicht'],
    anywhere: ['share on facebook', 'share on twitter', 'share via email', 'share this article', 'share this story', 'view comments', 'show comments', 'comments (', 'all comments'],
    maxWords: 12,
  },
];

/**
 * Headers of a comment section, matched as the whole line (case-insensitive, after leading and
 * trailing counts are dropped: "12 Comments", "Kommentare (3)").
 */
export const COMMENT_MARKERS: string[] = [
  'comments', 'comment', 'leave a comment', 'leave a reply', 'add a comment', 'post a comment', 'write a comment',
  'reader comments', 'readers comments', "readers' comments", 'show comments', 'view comments', 'join the discussion',
  'join the conversation', 'discussion', 'responses', 'replies', 'reply', 'comments are closed',
  'kommentare', 'kommentar', 'kommentar schreiben', 'kommentieren', 'leserkommentare', 'diskussion', 'antworten',
  'commentaires', 'commentaire', 'laisser un commentaire', 'réagir', 'réactions',
  'comentarios', 'comentario', 'deja un comentario', 'dejar un comentario', 'deixe um comentário', 'comentários',
];
