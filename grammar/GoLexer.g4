// The tokens of Go 1.19 (https://go.dev/ref/spec#Lexical_elements).
//
// This lexer has no target-language actions. Automatic semicolons are not
// made here: newlines come out as NEWLINE tokens and the C++ wrapper
// syntax::SemicolonLexer turns them into ';' where the spec says so, then
// drops them, together with comments (it keeps //go: directives aside).
//
// Literals are matched leniently where gc reports a more precise error than
// "unexpected ..." (a digit 9 in an octal literal, an unknown escape, two
// characters in a rune): the AST builder checks them and says what gc says.
// Any character no rule accepts becomes INVALID_CHAR, so the lexer itself
// never fails and the parser reports the position.
lexer grammar GoLexer;

// Keywords (before IDENTIFIER, so that they win on equal length).
BREAK       : 'break';
CASE        : 'case';
CHAN        : 'chan';
CONST       : 'const';
CONTINUE    : 'continue';
DEFAULT     : 'default';
DEFER       : 'defer';
ELSE        : 'else';
FALLTHROUGH : 'fallthrough';
FOR         : 'for';
FUNC        : 'func';
GO          : 'go';
GOTO        : 'goto';
IF          : 'if';
IMPORT      : 'import';
INTERFACE   : 'interface';
MAP         : 'map';
PACKAGE     : 'package';
RANGE       : 'range';
RETURN      : 'return';
SELECT      : 'select';
STRUCT      : 'struct';
SWITCH      : 'switch';
TYPE        : 'type';
VAR         : 'var';

IDENTIFIER : LETTER (LETTER | UNICODE_DIGIT)*;

// Operators and punctuation, longest first where prefixes overlap.
ELLIPSIS        : '...';
SHL_ASSIGN      : '<<=';
SHR_ASSIGN      : '>>=';
AND_NOT_ASSIGN  : '&^=';
ADD_ASSIGN      : '+=';
SUB_ASSIGN      : '-=';
MUL_ASSIGN      : '*=';
QUO_ASSIGN      : '/=';
REM_ASSIGN      : '%=';
AND_ASSIGN      : '&=';
OR_ASSIGN       : '|=';
XOR_ASSIGN      : '^=';
LOGICAL_AND     : '&&';
LOGICAL_OR      : '||';
ARROW           : '<-';
INC             : '++';
DEC             : '--';
EQUALS          : '==';
NOT_EQUALS      : '!=';
LESS_OR_EQUALS  : '<=';
GREATER_OR_EQUALS : '>=';
DEFINE          : ':=';
SHL             : '<<';
SHR             : '>>';
AND_NOT         : '&^';
PLUS            : '+';
MINUS           : '-';
STAR            : '*';
DIV             : '/';
MOD             : '%';
AMPERSAND       : '&';
OR              : '|';
CARET           : '^';
LESS            : '<';
GREATER         : '>';
ASSIGN          : '=';
EXCLAMATION     : '!';
TILDE           : '~';
L_PAREN         : '(';
R_PAREN         : ')';
L_BRACKET       : '[';
R_BRACKET       : ']';
L_CURLY         : '{';
R_CURLY         : '}';
COMMA           : ',';
SEMI            : ';';
DOT             : '.';
COLON           : ':';

// Literals. FLOAT and IMAGINARY come first: on equal length the earlier rule
// wins, and `1.` or `0x1p3` must not be read as an integer and a dot.
// Numbers are read the way gc's scanner reads them: any decimal digit in any
// base and '_' anywhere, so that `0b12`, `1__0`, `0x1.8` or `1p3` are one
// token that the semicolon wrapper rejects with gc's message.
IMAGINARY_LIT : (INT_FORM | FLOAT_FORM) 'i';
FLOAT_LIT     : FLOAT_FORM;
INT_LIT       : INT_FORM;
// The closing quote is optional so that an unterminated literal is still one
// token; the semicolon wrapper reports it in gc's words.
RUNE_LIT      : '\'' (~['\\\n] | '\\' ~[\n])* '\''?;
STRING_LIT    : '"' (~["\\\n] | '\\' ~[\n])* '"'?;
RAW_STRING_LIT: '`' ~'`'* '`'?;

// Layout. NEWLINE is seen only by the semicolon wrapper.
WS            : [ \t\r]+ -> skip;
NEWLINE       : '\n';
BLOCK_COMMENT : '/*' .*? ('*/' | EOF) -> channel(HIDDEN);  // unterminated: reported by the wrapper
LINE_COMMENT  : '//' ~[\n]* -> channel(HIDDEN);

// A Unicode digit where a token starts (ASCII digits are numbers): gc reads
// it as an identifier that cannot begin with a digit; the wrapper says so.
DIGIT_START   : [\p{Nd}];

// Anything else: an unterminated literal or comment, a stray character.
INVALID_CHAR  : .;

fragment LETTER        : [\p{L}_];
fragment UNICODE_DIGIT : [\p{Nd}];
fragment HEX_BODY      : [0-9a-fA-F_]*;
fragment DEC_BODY      : [0-9_]*;
fragment INT_FORM
    : '0' [xX] HEX_BODY
    | '0' [bBoO] DEC_BODY
    | [0-9] DEC_BODY
    ;
// A radix point, an exponent, or both.
fragment FLOAT_FORM
    : '0' [xX] HEX_BODY ('.' HEX_BODY HEX_EXPONENT? | HEX_EXPONENT)
    | '0' [bBoO] DEC_BODY ('.' DEC_BODY EXPONENT? | EXPONENT)
    | [0-9] DEC_BODY ('.' DEC_BODY EXPONENT? | EXPONENT)
    | '.' [0-9] DEC_BODY EXPONENT?
    ;
// 'e' is a hexadecimal digit, so after 0x only 'p' starts an exponent.
fragment EXPONENT : [eEpP] [+-]? DEC_BODY;
// In a hexadecimal number e is a digit: only p starts its exponent (0x65e5 is an integer).
fragment HEX_EXPONENT : [pP] [+-]? DEC_BODY;
