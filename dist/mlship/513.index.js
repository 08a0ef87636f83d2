export const id = 513;
export const ids = [513];
export const modules = {

/***/ 10779:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.formatNames = exports.fastFormats = exports.fullFormats = void 0;
function fmtDef(validate, compare) {
    return { validate, compare };
}
exports.fullFormats = {
    // date: http://tools.ietf.org/html/rfc3339#section-5.6
    date: fmtDef(date, compareDate),
    // date-time: http://tools.ietf.org/html/rfc3339#section-5.6
    time: fmtDef(getTime(true), compareTime),
    "date-time": fmtDef(getDateTime(true), compareDateTime),
    "iso-time": fmtDef(getTime(), compareIsoTime),
    "iso-date-time": fmtDef(getDateTime(), compareIsoDateTime),
    // duration: https://tools.ietf.org/html/rfc3339#appendix-A
    duration: /^P(?!$)((\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+S)?)?|(\d+W)?)$/,
    uri,
    "uri-reference": /^(?:[a-z][a-z0-9+\-.]*:)?(?:\/?\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:]|%[0-9a-f]{2})*@)?(?:\[(?:(?:(?:(?:[0-9a-f]{1,4}:){6}|::(?:[0-9a-f]{1,4}:){5}|(?:[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){4}|(?:(?:[0-9a-f]{1,4}:){0,1}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){3}|(?:(?:[0-9a-f]{1,4}:){0,2}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){2}|(?:(?:[0-9a-f]{1,4}:){0,3}[0-9a-f]{1,4})?::[0-9a-f]{1,4}:|(?:(?:[0-9a-f]{1,4}:){0,4}[0-9a-f]{1,4})?::)(?:[0-9a-f]{1,4}:[0-9a-f]{1,4}|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?))|(?:(?:[0-9a-f]{1,4}:){0,5}[0-9a-f]{1,4})?::[0-9a-f]{1,4}|(?:(?:[0-9a-f]{1,4}:){0,6}[0-9a-f]{1,4})?::)|[Vv][0-9a-f]+\.[a-z0-9\-._~!$&'()*+,;=:]+)\]|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?)|(?:[a-z0-9\-._~!$&'"()*+,;=]|%[0-9a-f]{2})*)(?::\d*)?(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*|\/(?:(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*)?|(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*)?(?:\?(?:[a-z0-9\-._~!$&'"()*+,;=:@/?]|%[0-9a-f]{2})*)?(?:#(?:[a-z0-9\-._~!$&'"()*+,;=:@/?]|%[0-9a-f]{2})*)?$/i,
    // uri-template: https://tools.ietf.org/html/rfc6570
    "uri-template": /^(?:(?:[^\x00-\x20"'<>%\\^`{|}]|%[0-9a-f]{2})|\{[+#./;?&=,!@|]?(?:[a-z0-9_]|%[0-9a-f]{2})+(?::[1-9][0-9]{0,3}|\*)?(?:,(?:[a-z0-9_]|%[0-9a-f]{2})+(?::[1-9][0-9]{0,3}|\*)?)*\})*$/i,
    // For the source: https://gist.github.com/dperini/729294
    // For test cases: https://mathiasbynens.be/demo/url-regex
    url: /^(?:https?|ftp):\/\/(?:\S+(?::\S*)?@)?(?:(?!(?:10|127)(?:\.\d{1,3}){3})(?!(?:169\.254|192\.168)(?:\.\d{1,3}){2})(?!172\.(?:1[6-9]|2\d|3[0-1])(?:\.\d{1,3}){2})(?:[1-9]\d?|1\d\d|2[01]\d|22[0-3])(?:\.(?:1?\d{1,2}|2[0-4]\d|25[0-5])){2}(?:\.(?:[1-9]\d?|1\d\d|2[0-4]\d|25[0-4]))|(?:(?:[a-z0-9\u{00a1}-\u{ffff}]+-)*[a-z0-9\u{00a1}-\u{ffff}]+)(?:\.(?:[a-z0-9\u{00a1}-\u{ffff}]+-)*[a-z0-9\u{00a1}-\u{ffff}]+)*(?:\.(?:[a-z\u{00a1}-\u{ffff}]{2,})))(?::\d{2,5})?(?:\/[^\s]*)?$/iu,
    email: /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i,
    hostname: /^(?=.{1,253}\.?$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[-0-9a-z]{0,61}[0-9a-z])?)*\.?$/i,
    // optimized https://www.safaribooksonline.com/library/view/regular-expressions-cookbook/9780596802837/ch07s16.html
    ipv4: /^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/,
    ipv6: /^((([0-9a-f]{1,4}:){7}([0-9a-f]{1,4}|:))|(([0-9a-f]{1,4}:){6}(:[0-9a-f]{1,4}|((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3})|:))|(([0-9a-f]{1,4}:){5}(((:[0-9a-f]{1,4}){1,2})|:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3})|:))|(([0-9a-f]{1,4}:){4}(((:[0-9a-f]{1,4}){1,3})|((:[0-9a-f]{1,4})?:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){3}(((:[0-9a-f]{1,4}){1,4})|((:[0-9a-f]{1,4}){0,2}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){2}(((:[0-9a-f]{1,4}){1,5})|((:[0-9a-f]{1,4}){0,3}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){1}(((:[0-9a-f]{1,4}){1,6})|((:[0-9a-f]{1,4}){0,4}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(:(((:[0-9a-f]{1,4}){1,7})|((:[0-9a-f]{1,4}){0,5}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:)))$/i,
    regex,
    // uuid: http://tools.ietf.org/html/rfc4122
    uuid: /^(?:urn:uuid:)?[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}$/i,
    // JSON-pointer: https://tools.ietf.org/html/rfc6901
    // uri fragment: https://tools.ietf.org/html/rfc3986#appendix-A
    "json-pointer": /^(?:\/(?:[^~/]|~0|~1)*)*$/,
    "json-pointer-uri-fragment": /^#(?:\/(?:[a-z0-9_\-.!$&'()*+,;:=@]|%[0-9a-f]{2}|~0|~1)*)*$/i,
    // relative JSON-pointer: http://tools.ietf.org/html/draft-luff-relative-json-pointer-00
    "relative-json-pointer": /^(?:0|[1-9][0-9]*)(?:#|(?:\/(?:[^~/]|~0|~1)*)*)$/,
    // the following formats are used by the openapi specification: https://spec.openapis.org/oas/v3.0.0#data-types
    // byte: https://github.com/miguelmota/is-base64
    byte,
    // signed 32 bit integer
    int32: { type: "number", validate: validateInt32 },
    // signed 64 bit integer
    int64: { type: "number", validate: validateInt64 },
    // C-type float
    float: { type: "number", validate: validateNumber },
    // C-type double
    double: { type: "number", validate: validateNumber },
    // hint to the UI to hide input strings
    password: true,
    // unchecked string payload
    binary: true,
};
exports.fastFormats = {
    ...exports.fullFormats,
    date: fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\d$/, compareDate),
    time: fmtDef(/^(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)$/i, compareTime),
    "date-time": fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\dt(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)$/i, compareDateTime),
    "iso-time": fmtDef(/^(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)?$/i, compareIsoTime),
    "iso-date-time": fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\d[t\s](?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)?$/i, compareIsoDateTime),
    // uri: https://github.com/mafintosh/is-my-json-valid/blob/master/formats.js
    uri: /^(?:[a-z][a-z0-9+\-.]*:)(?:\/?\/)?[^\s]*$/i,
    "uri-reference": /^(?:(?:[a-z][a-z0-9+\-.]*:)?\/?\/)?(?:[^\\\s#][^\s#]*)?(?:#[^\\\s]*)?$/i,
    // email (sources from jsen validator):
    // http://stackoverflow.com/questions/201323/using-a-regular-expression-to-validate-an-email-address#answer-8829363
    // http://www.w3.org/TR/html5/forms.html#valid-e-mail-address (search for 'wilful violation')
    email: /^[a-z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/i,
};
exports.formatNames = Object.keys(exports.fullFormats);
function isLeapYear(year) {
    // https://tools.ietf.org/html/rfc3339#appendix-C
    return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}
const DATE = /^(\d\d\d\d)-(\d\d)-(\d\d)$/;
const DAYS = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
function date(str) {
    // full-date from http://tools.ietf.org/html/rfc3339#section-5.6
    const matches = DATE.exec(str);
    if (!matches)
        return false;
    const year = +matches[1];
    const month = +matches[2];
    const day = +matches[3];
    return (month >= 1 &&
        month <= 12 &&
        day >= 1 &&
        day <= (month === 2 && isLeapYear(year) ? 29 : DAYS[month]));
}
function compareDate(d1, d2) {
    if (!(d1 && d2))
        return undefined;
    if (d1 > d2)
        return 1;
    if (d1 < d2)
        return -1;
    return 0;
}
const TIME = /^(\d\d):(\d\d):(\d\d(?:\.\d+)?)(z|([+-])(\d\d)(?::?(\d\d))?)?$/i;
function getTime(strictTimeZone) {
    return function time(str) {
        const matches = TIME.exec(str);
        if (!matches)
            return false;
        const hr = +matches[1];
        const min = +matches[2];
        const sec = +matches[3];
        const tz = matches[4];
        const tzSign = matches[5] === "-" ? -1 : 1;
        const tzH = +(matches[6] || 0);
        const tzM = +(matches[7] || 0);
        if (tzH > 23 || tzM > 59 || (strictTimeZone && !tz))
            return false;
        if (hr <= 23 && min <= 59 && sec < 60)
            return true;
        // leap second
        const utcMin = min - tzM * tzSign;
        const utcHr = hr - tzH * tzSign - (utcMin < 0 ? 1 : 0);
        return (utcHr === 23 || utcHr === -1) && (utcMin === 59 || utcMin === -1) && sec < 61;
    };
}
function compareTime(s1, s2) {
    if (!(s1 && s2))
        return undefined;
    const t1 = new Date("2020-01-01T" + s1).valueOf();
    const t2 = new Date("2020-01-01T" + s2).valueOf();
    if (!(t1 && t2))
        return undefined;
    return t1 - t2;
}
function compareIsoTime(t1, t2) {
    if (!(t1 && t2))
        return undefined;
    const a1 = TIME.exec(t1);
    const a2 = TIME.exec(t2);
    if (!(a1 && a2))
        return undefined;
    t1 = a1[1] + a1[2] + a1[3];
    t2 = a2[1] + a2[2] + a2[3];
    if (t1 > t2)
        return 1;
    if (t1 < t2)
        return -1;
    return 0;
}
const DATE_TIME_SEPARATOR = /t|\s/i;
function getDateTime(strictTimeZone) {
    const time = getTime(strictTimeZone);
    return function date_time(str) {
        // http://tools.ietf.org/html/rfc3339#section-5.6
        const dateTime = str.split(DATE_TIME_SEPARATOR);
        return dateTime.length === 2 && date(dateTime[0]) && time(dateTime[1]);
    };
}
function compareDateTime(dt1, dt2) {
    if (!(dt1 && dt2))
        return undefined;
    const d1 = new Date(dt1).valueOf();
    const d2 = new Date(dt2).valueOf();
    if (!(d1 && d2))
        return undefined;
    return d1 - d2;
}
function compareIsoDateTime(dt1, dt2) {
    if (!(dt1 && dt2))
        return undefined;
    const [d1, t1] = dt1.split(DATE_TIME_SEPARATOR);
    const [d2, t2] = dt2.split(DATE_TIME_SEPARATOR);
    const res = compareDate(d1, d2);
    if (res === undefined)
        return undefined;
    return res || compareTime(t1, t2);
}
const NOT_URI_FRAGMENT = /\/|:/;
const URI = /^(?:[a-z][a-z0-9+\-.]*:)(?:\/?\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:]|%[0-9a-f]{2})*@)?(?:\[(?:(?:(?:(?:[0-9a-f]{1,4}:){6}|::(?:[0-9a-f]{1,4}:){5}|(?:[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){4}|(?:(?:[0-9a-f]{1,4}:){0,1}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){3}|(?:(?:[0-9a-f]{1,4}:){0,2}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){2}|(?:(?:[0-9a-f]{1,4}:){0,3}[0-9a-f]{1,4})?::[0-9a-f]{1,4}:|(?:(?:[0-9a-f]{1,4}:){0,4}[0-9a-f]{1,4})?::)(?:[0-9a-f]{1,4}:[0-9a-f]{1,4}|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?))|(?:(?:[0-9a-f]{1,4}:){0,5}[0-9a-f]{1,4})?::[0-9a-f]{1,4}|(?:(?:[0-9a-f]{1,4}:){0,6}[0-9a-f]{1,4})?::)|[Vv][0-9a-f]+\.[a-z0-9\-._~!$&'()*+,;=:]+)\]|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?)|(?:[a-z0-9\-._~!$&'()*+,;=]|%[0-9a-f]{2})*)(?::\d*)?(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*|\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*)?|(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*)(?:\?(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?(?:#(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?$/i;
function uri(str) {
    // http://jmrware.com/articles/2009/uri_regexp/URI_regex.html + optional protocol + required "."
    return NOT_URI_FRAGMENT.test(str) && URI.test(str);
}
const BYTE = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/gm;
function byte(str) {
    BYTE.lastIndex = 0;
    return BYTE.test(str);
}
const MIN_INT32 = -(2 ** 31);
const MAX_INT32 = 2 ** 31 - 1;
function validateInt32(value) {
    return Number.isInteger(value) && value <= MAX_INT32 && value >= MIN_INT32;
}
function validateInt64(value) {
    // JSON and javascript max Int is 2**53, so any int that passes isInteger is valid for Int64
    return Number.isInteger(value);
}
function validateNumber() {
    return true;
}
const Z_ANCHOR = /[^\\]\\Z/;
function regex(str) {
    if (Z_ANCHOR.test(str))
        return false;
    try {
        new RegExp(str);
        return true;
    }
    catch (e) {
        return false;
    }
}
//# sourceMappingURL=formats.js.map

/***/ }),

/***/ 82815:
/***/ ((module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const formats_1 = __webpack_require__(10779);
const limit_1 = __webpack_require__(51284);
const codegen_1 = __webpack_require__(81436);
const fullName = new codegen_1.Name("fullFormats");
const fastName = new codegen_1.Name("fastFormats");
const formatsPlugin = (ajv, opts = { keywords: true }) => {
    if (Array.isArray(opts)) {
        addFormats(ajv, opts, formats_1.fullFormats, fullName);
        return ajv;
    }
    const [formats, exportName] = opts.mode === "fast" ? [formats_1.fastFormats, fastName] : [formats_1.fullFormats, fullName];
    const list = opts.formats || formats_1.formatNames;
    addFormats(ajv, list, formats, exportName);
    if (opts.keywords)
        (0, limit_1.default)(ajv);
    return ajv;
};
formatsPlugin.get = (name, mode = "full") => {
    const formats = mode === "fast" ? formats_1.fastFormats : formats_1.fullFormats;
    const f = formats[name];
    if (!f)
        throw new Error(`Unknown format "${name}"`);
    return f;
};
function addFormats(ajv, list, fs, exportName) {
    var _a;
    var _b;
    (_a = (_b = ajv.opts.code).formats) !== null && _a !== void 0 ? _a : (_b.formats = (0, codegen_1._) `require("ajv-formats/dist/formats").${exportName}`);
    for (const f of list)
        ajv.addFormat(f, fs[f]);
}
module.exports = exports = formatsPlugin;
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports["default"] = formatsPlugin;
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 51284:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.formatLimitDefinition = void 0;
const ajv_1 = __webpack_require__(42463);
const codegen_1 = __webpack_require__(81436);
const ops = codegen_1.operators;
const KWDs = {
    formatMaximum: { okStr: "<=", ok: ops.LTE, fail: ops.GT },
    formatMinimum: { okStr: ">=", ok: ops.GTE, fail: ops.LT },
    formatExclusiveMaximum: { okStr: "<", ok: ops.LT, fail: ops.GTE },
    formatExclusiveMinimum: { okStr: ">", ok: ops.GT, fail: ops.LTE },
};
const error = {
    message: ({ keyword, schemaCode }) => (0, codegen_1.str) `should be ${KWDs[keyword].okStr} ${schemaCode}`,
    params: ({ keyword, schemaCode }) => (0, codegen_1._) `{comparison: ${KWDs[keyword].okStr}, limit: ${schemaCode}}`,
};
exports.formatLimitDefinition = {
    keyword: Object.keys(KWDs),
    type: "string",
    schemaType: "string",
    $data: true,
    error,
    code(cxt) {
        const { gen, data, schemaCode, keyword, it } = cxt;
        const { opts, self } = it;
        if (!opts.validateFormats)
            return;
        const fCxt = new ajv_1.KeywordCxt(it, self.RULES.all.format.definition, "format");
        if (fCxt.$data)
            validate$DataFormat();
        else
            validateFormat();
        function validate$DataFormat() {
            const fmts = gen.scopeValue("formats", {
                ref: self.formats,
                code: opts.code.formats,
            });
            const fmt = gen.const("fmt", (0, codegen_1._) `${fmts}[${fCxt.schemaCode}]`);
            cxt.fail$data((0, codegen_1.or)((0, codegen_1._) `typeof ${fmt} != "object"`, (0, codegen_1._) `${fmt} instanceof RegExp`, (0, codegen_1._) `typeof ${fmt}.compare != "function"`, compareCode(fmt)));
        }
        function validateFormat() {
            const format = fCxt.schema;
            const fmtDef = self.formats[format];
            if (!fmtDef || fmtDef === true)
                return;
            if (typeof fmtDef != "object" ||
                fmtDef instanceof RegExp ||
                typeof fmtDef.compare != "function") {
                throw new Error(`"${keyword}": format "${format}" does not define "compare" function`);
            }
            const fmt = gen.scopeValue("formats", {
                key: format,
                ref: fmtDef,
                code: opts.code.formats ? (0, codegen_1._) `${opts.code.formats}${(0, codegen_1.getProperty)(format)}` : undefined,
            });
            cxt.fail$data(compareCode(fmt));
        }
        function compareCode(fmt) {
            return (0, codegen_1._) `${fmt}.compare(${data}, ${schemaCode}) ${KWDs[keyword].fail} 0`;
        }
    },
    dependencies: ["format"],
};
const formatLimitPlugin = (ajv) => {
    ajv.addKeyword(exports.formatLimitDefinition);
    return ajv;
};
exports["default"] = formatLimitPlugin;
//# sourceMappingURL=limit.js.map

/***/ }),

/***/ 73890:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ containerClient)
/* harmony export */ });
/* harmony import */ var _azure_core_rest_pipeline__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(30869);
/* harmony import */ var _azure_storage_blob__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(38053);


/**
 * A container client that also trusts `ca` (PEM), like ArmClient's `ca` option: for a storage
 * endpoint with a self-signed certificate (the emulator's Azurite in identity mode, a replay of
 * recorded sessions) when NODE_EXTRA_CA_CERTS could not be set before the process started.
 * storage-blob 12 sends through the core HTTP client its Pipeline holds (`getCoreClientOptions`
 * reads `_coreHttpClient`), which is where the trusting client goes. Without `ca`, a plain client.
 */
function containerClient(url, credential, ca) {
    if (!ca)
        return new _azure_storage_blob__WEBPACK_IMPORTED_MODULE_1__/* .ContainerClient */ .bM(url, credential);
    const pipeline = (0,_azure_storage_blob__WEBPACK_IMPORTED_MODULE_1__/* .newPipeline */ .vC)(credential);
    const inner = (0,_azure_core_rest_pipeline__WEBPACK_IMPORTED_MODULE_0__/* .createDefaultHttpClient */ .fl)();
    const trusting = {
        sendRequest: (request) => {
            request.tlsSettings = { ca };
            return inner.sendRequest(request);
        },
    };
    pipeline._coreHttpClient = trusting;
    return new _azure_storage_blob__WEBPACK_IMPORTED_MODULE_1__/* .ContainerClient */ .bM(url, pipeline);
}


/***/ }),

/***/ 27513:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runEmulator: () => (/* binding */ runEmulator),
  sdkConfig: () => (/* binding */ sdkConfig)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: external "node:module"
var external_node_module_ = __webpack_require__(98995);
// EXTERNAL MODULE: ./src/engine/errors.ts
var errors = __webpack_require__(17679);
;// CONCATENATED MODULE: ./src/emulator/azurite.ts






/** Azurite's well-known development account (public, documented by Microsoft; not a secret). */
const AZURITE_ACCOUNT = 'devstoreaccount1';
const AZURITE_KEY = 'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==';
/**
 * Starts a real Azurite blob service on a free loopback port (`--blobPort 0`, the port read from
 * its output), storing in a temporary folder that is removed on stop. With a certificate it serves
 * https and accepts Entra bearer tokens (`--oauth basic`, which Azurite allows over https only):
 * the storage of a workspace whose datastores use identity-based access.
 */
async function startAzurite(tls) {
    const require = (0,external_node_module_.createRequire)(import.meta.url);
    let manifest;
    try {
        manifest = require.resolve('azurite/package.json');
    }
    catch {
        // Azurite is large and only the emulator needs it: a project that wants the emulator adds it.
        throw new errors/* ConfigError */.xL('the emulator stores blobs in Azurite, which is not installed here. Add it to your project: npm install --save-dev azurite@3.35.0');
    }
    const bin = (0,external_node_path_.join)(manifest, '..', 'dist', 'src', 'blob', 'main.js');
    const location = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'mlship-azurite-'));
    const tlsArgs = [];
    if (tls) {
        (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(location, 'cert.pem'), tls.cert);
        (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(location, 'key.pem'), tls.key, { mode: 0o600 });
        tlsArgs.push('--cert', (0,external_node_path_.join)(location, 'cert.pem'), '--key', (0,external_node_path_.join)(location, 'key.pem'), '--oauth', 'basic');
    }
    const child = (0,external_node_child_process_.spawn)(process.execPath, [bin, '--blobHost', '127.0.0.1', '--blobPort', '0', '--location', location, '--skipApiVersionCheck', '--disableTelemetry', '--silent', ...tlsArgs], { stdio: ['ignore', 'pipe', 'pipe'] });
    const port = await new Promise((resolve, reject) => {
        let output = '';
        const timer = setTimeout(() => reject(new Error(`Azurite did not start within 60s: ${output}`)), 60_000);
        const onData = (data) => {
            output += data.toString();
            const match = /successfully listens on https?:\/\/127\.0\.0\.1:(\d+)/.exec(output);
            if (match) {
                clearTimeout(timer);
                resolve(Number(match[1]));
            }
        };
        child.stdout.on('data', onData);
        child.stderr.on('data', onData);
        child.once('exit', (code) => reject(new Error(`Azurite exited (${code}): ${output}`)));
    });
    return {
        blobEndpoint: `${tls ? 'https' : 'http'}://127.0.0.1:${port}/${AZURITE_ACCOUNT}`,
        stop: async () => {
            child.kill();
            await new Promise((r) => child.once('exit', r));
            (0,external_node_fs_.rmSync)(location, { recursive: true, force: true });
        },
    };
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __webpack_require__(44708);
// EXTERNAL MODULE: ./node_modules/@azure/storage-blob/dist/esm/index.js + 150 modules
var esm = __webpack_require__(38053);
;// CONCATENATED MODULE: ./src/emulator/http.ts
/**
 * An error as Azure ML's front end writes it (recorded): `{"error": {code, message, details,
 * additionalInfo}}`, with `x-ms-response-type: error`. `details` carries the inner code when
 * Azure gives one (e.g. ModelNotFound under UserError).
 */
function armError(status, code, message, details = []) {
    return {
        status,
        body: { error: { code, message, details: details.map((d) => ({ ...d, details: [], additionalInfo: [] })), additionalInfo: [] } },
        headers: { 'x-ms-response-type': 'error' },
    };
}
async function readBody(req) {
    const chunks = [];
    for await (const chunk of req)
        chunks.push(chunk);
    return Buffer.concat(chunks).toString('utf8');
}
function send(res, reply) {
    // `null` is sent as the JSON text null: real Azure answers a DELETE 202 with that body.
    const text = reply.body === undefined ? '' : typeof reply.body === 'string' ? reply.body : JSON.stringify(reply.body);
    res.writeHead(reply.status, {
        ...(text ? { 'Content-Type': typeof reply.body === 'string' ? 'text/plain' : 'application/json; charset=utf-8' } : {}),
        'Content-Length': Buffer.byteLength(text),
        ...reply.headers,
    });
    res.end(text);
}

;// CONCATENATED MODULE: ./src/emulator/defaults.ts
/**
 * What Azure fills in that the client did not send, as the recordings of real Azure show it
 * (../shared/azure-recordings: test_online_deployment_create, test_crud_file,
 * test_environment_create_conda). Microsoft's SDK reads these fields back and fails without them.
 * What the client sent always wins.
 */
function endpointDefaults(id, properties, asyncOperationUri) {
    return {
        description: null,
        compute: null,
        traffic: {},
        mirrorTraffic: {},
        publicNetworkAccess: 'Enabled',
        ...properties,
        properties: { ...properties.properties, 'azureml.onlineendpointid': id.toLowerCase(), AzureAsyncOperationUri: asyncOperationUri },
    };
}
const PROBE = { failureThreshold: 30, successThreshold: 1, timeout: 'PT2S', period: 'PT10S', initialDelay: 'PT10S' };
function deploymentDefaults(properties, asyncOperationUri) {
    const managed = properties.endpointComputeType !== 'Kubernetes';
    return {
        description: null,
        environmentVariables: {},
        scaleSettings: { scaleType: 'Default' },
        requestSettings: { maxQueueWait: 'PT0S', requestTimeout: 'PT5S', maxConcurrentRequestsPerInstance: 1 },
        modelMountPath: null,
        appInsightsEnabled: false,
        livenessProbe: PROBE,
        readinessProbe: PROBE,
        ...(managed ? { egressPublicNetworkAccess: 'Enabled' } : {}),
        dataCollector: null,
        ...properties,
        properties: { ...properties.properties, AzureAsyncOperationUri: asyncOperationUri },
    };
}
/** The sku Azure answers for a deployment: `Default`, tier Standard, the capacity asked for (1 by default). */
function deploymentSku(sku) {
    return { name: 'Default', tier: 'Standard', capacity: 1, ...sku };
}
/** Asset versions (models, environments, codes) and their containers. */
function assetVersionDefaults(kind, properties) {
    const common = { description: null, tags: {}, properties: {}, isArchived: false, isAnonymous: false, autoDeleteSetting: null, intellectualProperty: null };
    if (kind === 'models')
        return { ...common, flavors: {}, jobName: null, stage: properties.isAnonymous ? 'Logged' : 'Development', ...properties, provisioningState: 'Succeeded' };
    if (kind === 'environments')
        return {
            ...common,
            environmentType: 'UserCreated',
            osType: 'Linux',
            autoRebuild: 'Disabled',
            stage: properties.isAnonymous ? 'Logged' : 'Development',
            ...properties,
            provisioningState: 'Succeeded',
        };
    return { ...common, ...properties, provisioningState: 'Succeeded' };
}
function containerProperties(latestVersion, previous) {
    const latest = Number(latestVersion);
    const previousLatest = Number(previous?.latestVersion);
    const newest = Number.isFinite(previousLatest) && previousLatest > latest ? String(previousLatest) : latestVersion;
    return {
        description: null,
        tags: {},
        properties: {},
        isArchived: false,
        ...previous,
        latestVersion: newest,
        nextVersion: Number.isFinite(Number(newest)) ? String(Number(newest) + 1) : null,
        provisioningState: 'Succeeded',
    };
}

;// CONCATENATED MODULE: ./src/emulator/assets.ts


/** The ARM resource type of a workspace child path: models/versions → .../workspaces/models/versions. */
function resourceType(template) {
    const tail = template.split('/workspaces/{workspaceName}/')[1] ?? '';
    const words = tail.split('/').filter((s) => !s.startsWith('{'));
    return ['Microsoft.MachineLearningServices/workspaces', ...words].join('/');
}
function view(resource) {
    const { etag: _etag, ...body } = resource;
    return body;
}
/** GET of any resource: the stored one (endpoints with their ETag header) or Azure's 404. */
function getResource(ctx) {
    const resource = ctx.store.get(ctx.id);
    if (!resource)
        return notFoundFor(ctx.id);
    const headers = ctx.id.includes('/onlineEndpoints/') ? { ETag: resource.etag } : {};
    const retryAfter = ctx.emulator.faults.provisioningRetryAfterSeconds;
    if (retryAfter !== undefined && ctx.id.includes('/deployments/') && /^(Creating|Updating)$/.test(String(resource.properties.provisioningState)))
        headers['Retry-After'] = String(retryAfter);
    return { status: 200, body: view(resource), headers };
}
/** Azure's 404s, worded as recorded: a UserError with the missing container named in details. */
function notFoundFor(id) {
    const tail = id.split('/workspaces/')[1] ?? id;
    const [kind, name] = tail.split('/').slice(1, 3);
    const asset = { models: 'Model', environments: 'Environment', codes: 'Code', datastores: 'Datastore' }[kind ?? ''];
    if (!asset)
        return armError(404, 'UserError', `The specified resource was not found: ${tail}.`);
    const container = `${asset} container with name: ${name} not found.`;
    return armError(404, 'UserError', 'The specified resource was not found.', [{ code: `${asset}NotFound`, message: container }]);
}
/**
 * Synchronous PUT for assets (versions, containers, datastores): 201 with a Location when new, 200
 * when the same version is PUT again (recorded), Azure's defaults filled in. A version PUT creates
 * or advances its container (latestVersion/nextVersion), so lists find it. A model version's files
 * cannot be changed: another modelUri is refused with Azure's message.
 */
function putAsset(ctx) {
    const body = ctx.body;
    const previous = ctx.store.get(ctx.id);
    const segments = ctx.id.split('/workspaces/')[1].split('/');
    const kind = segments[1];
    const isVersion = segments[3] === 'versions';
    const name = ctx.id.split('/').pop();
    if (kind === 'models' && isVersion && previous && previous.properties.modelUri !== body.properties.modelUri)
        return armError(400, 'UserError', 'Asset paths cannot be updated.');
    const given = { ...body.properties };
    const properties = isVersion
        ? assetVersionDefaults(kind, given)
        : kind === 'datastores'
            ? given
            : { description: null, tags: {}, properties: {}, isArchived: false, ...previous?.properties, ...given, provisioningState: 'Succeeded' };
    const stored = ctx.store.put(ctx.id, { name, type: resourceType(ctx.op.template), properties });
    if (isVersion) {
        const containerId = ctx.id.slice(0, ctx.id.lastIndexOf('/versions/'));
        const container = ctx.store.get(containerId);
        ctx.store.put(containerId, {
            name: segments[2],
            type: resourceType(ctx.op.template).replace(/\/versions$/, ''),
            properties: containerProperties(name, container?.properties),
        });
    }
    return {
        status: previous ? 200 : 201,
        body: view(stored),
        headers: previous ? {} : { Location: `${ctx.emulator.url}${ctx.id}?api-version=${ctx.query.get('api-version')}` },
    };
}
/** Synchronous DELETE: 200 when deleted, 204 when there was nothing. */
function deleteAsset(ctx) {
    for (const child of ctx.store.children(ctx.id, 'versions'))
        ctx.store.delete(child.id);
    return { status: ctx.store.delete(ctx.id) ? 200 : 204 };
}
/** List of children, with `$top`, and the filters mlship uses (`hash` for code versions). */
function listChildren(ctx, segment) {
    const parent = ctx.id.slice(0, ctx.id.length - segment.length - 1);
    const hash = ctx.query.get('hash');
    // Code versions by content hash are searched across the whole workspace, whatever the container
    // named in the path (recorded: a lookup under one name answered 200 with a version of another;
    // azure-ai-ml looks up each new snapshot under a fresh random name and expects 200).
    if (segment === 'versions' && hash && /\/codes\/[^/]+$/.test(parent))
        return { status: 200, body: { value: codesWithHash(ctx, parent, hash).map(view) } };
    let items = ctx.store.children(parent, segment);
    // The versions of a container that does not exist: Azure answers 404 (recorded), not an empty list.
    if (segment === 'versions' && items.length === 0 && !ctx.store.get(parent))
        return notFoundFor(parent);
    if (hash)
        items = items.filter((r) => r.properties.properties?.hash_sha256 === hash);
    if (ctx.query.get('isDefault') === 'true')
        items = items.filter((r) => r.properties.isDefault === true);
    // Versions lists show active versions unless asked otherwise (listViewType, default ActiveOnly).
    const viewType = ctx.query.get('listViewType') ?? 'ActiveOnly';
    if (segment === 'versions' && viewType !== 'All')
        items = items.filter((r) => (r.properties.isArchived === true) === (viewType === 'ArchivedOnly'));
    if (ctx.query.get('$orderBy') === 'createdtime desc')
        items = [...items].reverse();
    const top = Number(ctx.query.get('$top') ?? Infinity);
    return page(ctx, items.slice(0, top).map(view));
}
/**
 * One page of a list, with ARM's `nextLink` to the next (a `$skip` token on the same URL) when
 * more remain. The page size is the emulator's `listPageSize` (100 unless a test sets it smaller).
 */
function page(ctx, all) {
    const size = ctx.emulator.faults.listPageSize ?? 100;
    const skip = Number(ctx.query.get('$skip') ?? 0) || 0;
    const value = all.slice(skip, skip + size);
    if (skip + size >= all.length)
        return { status: 200, body: { value } };
    const next = new URL(`${ctx.emulator.url}${ctx.id}`);
    for (const [k, v] of ctx.query)
        next.searchParams.set(k, v);
    next.searchParams.set('$skip', String(skip + size));
    return { status: 200, body: { value, nextLink: next.toString() } };
}
/** Every code version of the workspace whose content hash (and hash version, when asked) matches. */
function codesWithHash(ctx, codeContainer, hash) {
    const workspace = codeContainer.slice(0, codeContainer.lastIndexOf('/codes/'));
    const hashVersion = ctx.query.get('hashVersion');
    return ctx.store
        .children(workspace, 'codes')
        .flatMap((container) => ctx.store.children(container.id, 'versions'))
        .filter((version) => {
        const properties = (version.properties.properties ?? {});
        return properties.hash_sha256 === hash && (!hashVersion || properties.hash_version === hashVersion);
    });
}

// EXTERNAL MODULE: ./src/azure/storage-tls.ts
var storage_tls = __webpack_require__(73890);
;// CONCATENATED MODULE: ./src/emulator/blob.ts



/** A container of the emulator's Azurite, opened with the account key, trusting `ca` when Azurite serves https. */
function azuriteContainer(url, ca) {
    return (0,storage_tls/* containerClient */.L)(url, new esm/* StorageSharedKeyCredential */.Z3(AZURITE_ACCOUNT, AZURITE_KEY), ca);
}

;// CONCATENATED MODULE: ./src/emulator/cert.ts





/**
 * A fresh self-signed certificate for 127.0.0.1 and localhost, made with openssl: Azure's bearer
 * token policy refuses plain http, so the emulator must speak https even on loopback.
 */
function selfSignedCertificate() {
    const dir = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'mlship-cert-'));
    try {
        (0,external_node_child_process_.execFileSync)('openssl', [
            'req',
            '-x509',
            '-newkey',
            'ec',
            '-pkeyopt',
            'ec_paramgen_curve:prime256v1',
            '-nodes',
            '-days',
            '7',
            '-subj',
            '/CN=mlship workspace emulator',
            '-addext',
            // *.blob.core.localhost: Azurite's production-style address as azure-ai-ml builds it (<account>.blob.<suffix>).
            'subjectAltName=IP:127.0.0.1,DNS:localhost,DNS:*.blob.core.localhost',
            '-keyout',
            (0,external_node_path_.join)(dir, 'key.pem'),
            '-out',
            (0,external_node_path_.join)(dir, 'cert.pem'),
        ], { stdio: 'pipe' });
        return { key: (0,external_node_fs_.readFileSync)((0,external_node_path_.join)(dir, 'key.pem'), 'utf8'), cert: (0,external_node_fs_.readFileSync)((0,external_node_path_.join)(dir, 'cert.pem'), 'utf8') };
    }
    catch (err) {
        throw new errors/* ConfigError */.xL(`the emulator needs openssl to make its certificate (apt-get install openssl): ${err.message}`, [], { cause: err });
    }
    finally {
        (0,external_node_fs_.rmSync)(dir, { recursive: true, force: true });
    }
}

;// CONCATENATED MODULE: ./src/emulator/operations.ts

/** What running operations look like before they end (recorded: endTime is DateTime.MinValue). */
const NOT_ENDED = '0001-01-01T00:00:00+00:00';
function operationUrl(urls, kind, operation) {
    return `${urls.origin}/subscriptions/${urls.subscriptionId}/providers/Microsoft.MachineLearningServices/locations/${urls.location}/${kind}/${operation.id}?api-version=${urls.apiVersion}`;
}
/**
 * Headers of a PUT that starts an operation, as recorded from real Azure: Azure-AsyncOperation on
 * `mfeOperationsStatus`, Location on the resource itself, a 30-minute timeout, and no Retry-After
 * (the client picks its own pace).
 */
function putOperationHeaders(urls, operation, resourceUrl) {
    return {
        'Azure-AsyncOperation': operationUrl(urls, 'mfeOperationsStatus', operation),
        Location: resourceUrl,
        'x-ms-async-operation-timeout': 'PT30M',
    };
}
/** Headers of a DELETE (or PATCH) answered 202: the status URL and a Location on `mfeOperationResults`. */
function acceptedOperationHeaders(urls, operation) {
    return {
        'Azure-AsyncOperation': operationUrl(urls, 'mfeOperationsStatus', operation),
        Location: operationUrl(urls, 'mfeOperationResults', operation),
        'x-ms-async-operation-timeout': 'PT30M',
    };
}
/** GET mfeOperationsStatus/<id>: the operation's status body. */
function operationStatus(store, urls, id) {
    const operation = store.operations.get(id);
    if (!operation)
        return armError(404, 'UserError', `Operation ${id} was not found.`);
    return {
        status: 200,
        body: {
            id: `/subscriptions/${urls.subscriptionId}/providers/Microsoft.MachineLearningServices/locations/${urls.location}/mfeOperationsStatus/${operation.id}`,
            name: operation.id,
            startTime: operation.startTime,
            endTime: operation.endTime ?? NOT_ENDED,
            percentComplete: 0.0,
            status: operation.status,
            ...(operation.error ? { error: { ...operation.error, details: [], additionalInfo: [] } } : {}),
        },
    };
}
/**
 * GET mfeOperationResults/<id>: 202 while the operation runs; then the resource (200), or 204 when
 * it is gone (a finished delete); a failed operation answers its error.
 */
function operationResult(store, urls, id) {
    const operation = store.operations.get(id);
    if (!operation)
        return armError(404, 'UserError', `Operation ${id} was not found.`);
    if (operation.status === 'Updating')
        return { status: 202, headers: { Location: operationUrl(urls, 'mfeOperationResults', operation) } };
    if (operation.status !== 'Succeeded')
        return armError(400, operation.error?.code ?? 'UserError', operation.error?.message ?? 'The operation failed.');
    const resource = store.get(operation.resourceId);
    return resource ? { status: 200, body: resource } : { status: 204 };
}

;// CONCATENATED MODULE: ./src/emulator/workspace.ts
/**
 * The api-versions of Azure ML's control plane that Microsoft's SDK (azure-ai-ml's generated REST
 * clients), `az ml` and the recordings of real Azure use, plus the one mlship sends. The emulator
 * accepts them all and checks bodies against the vendored description (the newest), which every
 * one of them is a subset of for the operations mlship and the SDK call here.
 */
const ACCEPTED_API_VERSIONS = [
    '2021-10-01',
    '2022-01-01-preview',
    '2022-02-01-preview',
    '2022-05-01',
    '2022-06-01-preview',
    '2022-10-01',
    '2022-10-01-preview',
    '2022-12-01-preview',
    '2023-02-01-preview',
    '2023-04-01',
    '2023-04-01-preview',
    '2023-06-01-preview',
    '2023-08-01-preview',
    '2023-10-01',
    '2024-01-01-preview',
    '2024-04-01',
    '2024-04-01-preview',
    '2024-07-01-preview',
    '2024-10-01',
    '2024-10-01-preview',
    '2025-01-01-preview',
    '2025-04-01-preview',
    '2025-06-01',
    '2025-07-01-preview',
    '2025-09-01',
    '2025-10-01-preview',
    '2025-12-01',
    '2026-01-15-preview',
    '2026-07-01',
];
/** ARM's answer to an api-version the resource provider does not have (its own wording). */
function unsupportedApiVersion(version, location) {
    return {
        code: 'NoRegisteredProviderFound',
        message: `No registered resource provider found for location '${location}' and API version '${version}' for type 'workspaces'. The supported api-versions are '${ACCEPTED_API_VERSIONS.join(', ')}'. The supported locations are '${location}'.`,
    };
}
/** GET of the workspace, shaped like the recorded answer (2024-10-01-preview). */
function workspaceResource(w) {
    const [, subscriptionId, resourceGroup] = /subscriptions\/([^/]+)\/resourceGroups\/([^/]+)/i.exec(w.id);
    const group = `/subscriptions/${subscriptionId}/resourceGroups/${resourceGroup}/providers`;
    return {
        id: w.id,
        name: w.name,
        type: 'Microsoft.MachineLearningServices/workspaces',
        location: w.location,
        tags: {},
        etag: null,
        kind: 'Default',
        sku: { name: 'Basic', tier: 'Basic' },
        identity: { type: 'SystemAssigned', principalId: '00000000-0000-0000-0000-000000000000', tenantId: w.tenantId },
        properties: {
            friendlyName: w.name,
            description: '',
            storageAccount: `${group}/Microsoft.Storage/storageAccounts/${w.storageAccount}`,
            keyVault: `${group}/Microsoft.Keyvault/vaults/kv-mlship-emulator`,
            applicationInsights: `${group}/Microsoft.insights/components/ai-mlship-emulator`,
            containerRegistry: `${group}/Microsoft.ContainerRegistry/registries/acrmlshipemulator`,
            hbiWorkspace: false,
            tenantId: w.tenantId,
            imageBuildCompute: null,
            provisioningState: 'Succeeded',
            v1LegacyMode: false,
            softDeleteEnabled: false,
            storageHnsEnabled: false,
            workspaceId: w.guid,
            privateLinkCount: 0,
            publicNetworkAccess: 'Enabled',
            ipAllowlist: [],
            discoveryUrl: `https://${w.location}.api.azureml.ms/discovery`,
            mlFlowTrackingUri: `azureml://${w.location}.api.azureml.ms/mlflow/v1.0${w.id}`,
            enableDataIsolation: false,
            systemDatastoresAuthMode: w.identityDatastores ? 'identity' : 'accessKey',
            // The rest of the recorded answer, with this workspace's values.
            creationTime: '2026-01-01T00:00:00.0000000Z',
            managedNetwork: { changeableIsolationModes: ['AllowInternetOutbound', 'AllowOnlyApprovedOutbound'], isolationMode: 'Disabled' },
            notebookInfo: {
                resourceId: w.guid.replace(/-/g, ''),
                fqdn: `ml-mlship-emulator-${w.location}-${w.guid}.${w.location}.notebooks.azure.net`,
                isPrivateLinkEnabled: false,
                notebookPreparationError: null,
            },
            linkedModelInventoryArmId: null,
            serverlessComputeSettings: null,
            EnableSoftwareBillOfMaterials: false,
            sdkTelemetryAppInsightsKey: '00000000-0000-0000-0000-000000000000',
            sasGetterUri: '',
            allowRoleAssignmentOnRG: true,
            enableServiceSideCMKEncryption: false,
        },
        systemData: {
            createdAt: '2026-01-01T00:00:00Z',
            createdBy: 'mlship-emulator',
            createdByType: 'Application',
            lastModifiedAt: '2026-01-01T00:00:00Z',
            lastModifiedBy: 'mlship-emulator',
            lastModifiedByType: 'Application',
        },
    };
}
/** `workspaceblobstore`, with an account key, or with no credentials (identity-based access). */
function workspaceBlobStore(w, blob, container) {
    const [, subscriptionId, resourceGroup] = /subscriptions\/([^/]+)\/resourceGroups\/([^/]+)/i.exec(w.id);
    return {
        name: 'workspaceblobstore',
        type: 'Microsoft.MachineLearningServices/workspaces/datastores',
        properties: {
            description: null,
            tags: null,
            properties: null,
            isDefault: true,
            credentials: { credentialsType: w.identityDatastores ? 'None' : 'AccountKey' },
            subscriptionId,
            resourceGroup,
            datastoreType: 'AzureBlob',
            accountName: w.storageAccount,
            containerName: container,
            endpoint: blob ? blob.host : 'core.windows.net',
            protocol: blob ? blob.protocol.replace(':', '') : 'https',
            serviceDataAccessAuthIdentity: w.identityDatastores ? 'WorkspaceSystemAssignedIdentity' : 'None',
        },
    };
}

;// CONCATENATED MODULE: ./src/emulator/batch.ts


function endpointIdOf(id) {
    return id.split('/deployments/')[0];
}
/** Azure's 404 for a batch endpoint, as recorded (UserError, the workspace named). */
function endpointNotFound(ctx, id) {
    const name = id.split('/').pop();
    const workspace = /\/workspaces\/([^/]+)/.exec(id)?.[1];
    return armError(404, 'UserError', `An endpoint with the name '${name}' does not exist in the workspace '${workspace}'. Please check the endpoint name and also ensure the current user has access to it.`);
}
/** Defaults Azure fills into a batch deployment (BatchDeploymentProperties' defaults, api-version 2026-07-01). */
function batch_deploymentDefaults(given) {
    return {
        miniBatchSize: 10,
        maxConcurrencyPerInstance: 1,
        outputAction: 'AppendRow',
        outputFileName: 'predictions.csv',
        errorThreshold: -1,
        loggingLevel: 'Info',
        ...given,
        retrySettings: { maxRetries: 3, timeout: 'PT30S', ...given.retrySettings },
        resources: { instanceCount: 1, ...given.resources },
    };
}
/**
 * GET of a batch endpoint or deployment: the stored resource, or Azure's 404 (the endpoint's worded
 * as the recorded session has it).
 */
function getBatch(ctx) {
    const resource = ctx.store.get(ctx.id);
    if (resource)
        return { status: 200, body: view(resource) };
    if (!ctx.id.includes('/deployments/'))
        return endpointNotFound(ctx, ctx.id);
    return armError(404, 'UserError', `A deployment with the name '${ctx.id.split('/').pop()}' does not exist in the endpoint '${endpointIdOf(ctx.id).split('/').pop()}'.`);
}
/**
 * PUT of a batch endpoint or deployment, as recorded from real Azure (azure-recordings/batch_services):
 * 201 with the resource in Creating (an endpoint's scoringUri null until it exists) and an
 * Azure-AsyncOperation; Succeeded after the provisioning time. A deployment needs its endpoint and
 * an AmlCompute cluster of the workspace.
 */
function putBatch(ctx) {
    const body = ctx.body;
    const isDeployment = ctx.id.includes('/deployments/');
    const existing = ctx.store.get(ctx.id);
    const name = ctx.id.split('/').pop();
    if (!existing && !/^[A-Za-z][A-Za-z0-9-]{1,30}[A-Za-z0-9]$/.test(name))
        return armError(400, 'BadArgument', `${name} is not a valid name: 3-32 characters, letters, digits and hyphens, starting with a letter and not ending with a hyphen`);
    const given = { ...body.properties };
    let properties;
    if (isDeployment) {
        const endpoint = ctx.store.get(endpointIdOf(ctx.id));
        if (!endpoint || endpoint.properties.provisioningState === 'Deleting')
            return endpointNotFound(ctx, endpointIdOf(ctx.id));
        const computeId = String(given.compute ?? '');
        const compute = ctx.store.get(computeId) ?? ctx.store.get(`${ctx.id.split('/batchEndpoints/')[0]}/computes/${computeId.split('/').pop()}`);
        if (!compute)
            return armError(400, 'UserError', `Compute ${computeId.split('/').pop()} is not found in the workspace.`);
        if (compute.properties.computeType !== 'AmlCompute')
            return armError(400, 'UserError', `Compute ${compute.name} is of type ${compute.properties.computeType}; batch deployments need an AmlCompute cluster.`);
        properties = { ...batch_deploymentDefaults(given), provisioningState: existing ? 'Updating' : 'Creating' };
    }
    else {
        properties = {
            ...given,
            authMode: 'AADToken',
            defaults: { deploymentName: null, ...given.defaults },
            properties: { ...given.properties, BatchEndpointCreationApiVersion: ctx.query.get('api-version'), 'azureml.onlineendpointid': ctx.id },
            // Known once the endpoint exists: null in the answer to its creation, as recorded.
            scoringUri: existing?.properties.scoringUri ?? null,
            swaggerUri: null,
            provisioningState: existing ? 'Updating' : 'Creating',
        };
    }
    const operation = ctx.emulator.startOperation(ctx.id);
    const stored = ctx.store.put(ctx.id, {
        name,
        type: resourceType(ctx.op.template),
        location: body.location,
        tags: body.tags ?? {},
        ...(body.identity ? { identity: body.identity } : {}),
        properties,
    });
    ctx.emulator.afterProvisioning(ctx.id, () => {
        const current = ctx.store.get(ctx.id);
        if (!current)
            return;
        current.properties.provisioningState = 'Succeeded';
        if (!isDeployment)
            current.properties.scoringUri = `${ctx.emulator.scoringUrl}/batch/${name}/jobs`;
        ctx.store.touch(current);
        ctx.store.finish(operation, 'Succeeded');
    });
    return { status: existing ? 200 : 201, body: view(stored), headers: ctx.emulator.putHeaders(operation) };
}
/**
 * DELETE: 202 with Azure-AsyncOperation and Location while Deleting (recorded), then 404; an
 * endpoint takes its deployments with it. 204 when there is nothing to delete.
 */
function deleteBatch(ctx) {
    const resource = ctx.store.get(ctx.id);
    if (!resource)
        return { status: 204 };
    resource.properties.provisioningState = 'Deleting';
    const operation = ctx.emulator.startOperation(ctx.id);
    ctx.emulator.afterProvisioning(ctx.id, () => {
        for (const child of ctx.store.children(ctx.id, 'deployments'))
            ctx.store.delete(child.id);
        ctx.store.delete(ctx.id);
        const endpoint = ctx.store.get(endpointIdOf(ctx.id));
        if (endpoint && ctx.id.includes('/deployments/') && endpoint.properties.defaults?.deploymentName === resource.name)
            endpoint.properties.defaults = { deploymentName: null };
        ctx.store.finish(operation, 'Succeeded');
    });
    return { status: 202, body: null, headers: ctx.emulator.acceptedHeaders(operation) };
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./src/targets/local/process.ts
var local_process = __webpack_require__(92043);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./src/config/conda.ts
var config_conda = __webpack_require__(64473);
// EXTERNAL MODULE: ./src/engine/commands.ts
var commands = __webpack_require__(63338);
// EXTERNAL MODULE: ./src/targets/local/python-env.ts
var python_env = __webpack_require__(47968);
;// CONCATENATED MODULE: ./src/emulator/environment.ts




/**
 * Azure's serving stack, which mlship adds to every environment it registers for Azure: locally the
 * scoring server takes its place (and the package may not be installable offline).
 */
const SERVING_STACK = new Set(['azureml-inference-server-http', 'azureml-defaults']);
/**
 * The Python an emulated deployment runs in: its registered environment's conda file built as the
 * local target builds one (a cached virtual environment with its pip packages), so a score.py
 * that imports what its conda file lists runs on the emulator as on Azure. An environment without
 * a conda file (an image that holds everything, a Docker build context, a curated reference) runs
 * on the base interpreter, and the log says so.
 */
async function pythonForDeployment(options) {
    const { store, properties, log } = options;
    const id = String(properties.environmentId ?? '');
    const environment = store.get(id)?.properties;
    const conda = typeof environment?.condaFile === 'string' ? (0,config_conda/* summariseConda */.A)((0,dist/* parse */.qg)(environment.condaFile)) : undefined;
    const name = id.split('/environments/')[1]?.replace('/versions/', ':') ?? id;
    const spec = {
        pipPackages: (conda?.pipPackages ?? []).filter((p) => !SERVING_STACK.has(p.split(/[<>=!~ @[;]/)[0].toLowerCase())),
        pythonVersion: conda?.pythonVersion,
        condaChannels: conda?.channels ?? [],
        environmentVariables: {},
        userManaged: false,
    };
    const lines = [];
    const logger = { info: (m) => lines.push(m), warn: (m) => lines.push(`warning: ${m}`), debug: () => { }, secret: () => { } };
    const prepared = await (0,python_env/* preparePython */.s)({ env: spec, home: options.home, logger, commands: commands/* quietRunner */.T });
    log.push(conda
        ? `Environment ${name}: ${spec.pipPackages.length} pip package(s)${spec.pipPackages.length ? ` (${spec.pipPackages.join(', ')})` : ''}, ${prepared.venv ? `virtual environment ${prepared.cached ? 'reused' : 'built'}` : 'the base interpreter'}.`
        : `Environment ${name || '(none)'} has no conda file: running on the base interpreter.`, ...lines);
    return prepared.python;
}

;// CONCATENATED MODULE: ./src/emulator/batch-jobs.ts










const TERMINAL = new Set(['Completed', 'Failed', 'Canceled']);
/** ISO 8601 durations as the deployment carries them (PT30S, PT1M30S) in seconds. */
function seconds(duration) {
    const m = /^PT(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?$/.exec(String(duration ?? ''));
    return m ? Number(m[1] ?? 0) * 3600 + Number(m[2] ?? 0) * 60 + Number(m[3] ?? 0) : 30;
}
/**
 * Batch jobs, as the emulator runs them: the invoke request (POST to the endpoint's scoring URI,
 * with an Entra token, the input in `properties.InputData` and an optional azureml-model-deployment
 * header, as azure-ai-ml sends it: `_batch_endpoint_operations.invoke`) starts a job that runs the
 * deployment's scoring script with mlship's batch driver over the input's blobs, and writes the
 * outputs back to the datastore. The job is read as ARM's Jobs_Get answers (properties.status with
 * JobStatus values, properties.outputs); the vendored OpenAPI subset does not hold the job
 * definitions (JobBase is polymorphic over every kind of job), so these two routes are the
 * emulator's own, like the operation-status ones.
 */
class BatchJobs {
    host;
    running = new Map();
    constructor(host) {
        this.host = host;
    }
    endpointId(name) {
        for (const workspace of this.host.workspaceIds) {
            const id = `${workspace}/batchEndpoints/${name}`;
            if (this.host.store.get(id))
                return id;
        }
        return undefined;
    }
    /** POST {scoringUri}: starts a job on the named deployment, or the endpoint's default. */
    invoke(endpointName, deploymentHeader, body) {
        const endpointId = this.endpointId(endpointName);
        if (!endpointId)
            return armError(404, 'UserError', `An endpoint with the name '${endpointName}' does not exist in the workspace.`);
        const endpoint = this.host.store.get(endpointId);
        const deploymentName = deploymentHeader || endpoint.properties.defaults?.deploymentName;
        if (!deploymentName)
            return armError(400, 'UserError', `No deployment is set as the default of batch endpoint ${endpointName}; name one with the azureml-model-deployment header.`);
        const deployment = this.host.store.get(`${endpointId}/deployments/${deploymentName}`);
        if (!deployment)
            return armError(404, 'UserError', `A deployment with the name '${deploymentName}' does not exist in the endpoint '${endpointName}'.`);
        let request;
        try {
            request = JSON.parse(body);
        }
        catch {
            return armError(400, 'UserError', 'The request body is not JSON.');
        }
        const inputs = Object.entries((request.properties?.InputData ?? {}));
        if (inputs.length !== 1)
            return armError(400, 'UserError', 'A model deployment takes exactly one input: properties.InputData with one entry (UriFolder or UriFile).');
        const [, input] = inputs[0];
        const type = String(input.JobInputType ?? '');
        const uri = String(input.Uri ?? '');
        if (!/^(UriFolder|UriFile)$/i.test(type) || !uri)
            return armError(400, 'UserError', 'The input needs JobInputType UriFolder or UriFile and a Uri.');
        // A file input lands in the job's folder under its own name: a plain name, never one that climbs out.
        const fileName = uri.split('/').pop() ?? '';
        if (/file/i.test(type) && (!/^[^/\\]+$/.test(fileName) || fileName === '.' || fileName === '..'))
            return armError(400, 'UserError', `${uri} does not end in a file name.`);
        const workspaceId = endpointId.split('/batchEndpoints/')[0];
        const name = `batchjob-${(0,external_node_crypto_.randomUUID)()}`;
        const id = `${workspaceId}/jobs/${name}`;
        const outputUri = `azureml://datastores/workspaceblobstore/paths/azureml/${name}/score/`;
        this.host.store.put(id, {
            name,
            type: 'Microsoft.MachineLearningServices/workspaces/jobs',
            properties: {
                jobType: 'Pipeline',
                status: 'Queued',
                displayName: name,
                experimentName: endpointName,
                computeId: deployment.properties.compute,
                properties: { 'azureml.batchrun.endpoint': endpointName, 'azureml.batchrun.deployment': deploymentName },
                tags: {},
                inputs: { input_data: { jobInputType: /file/i.test(type) ? 'uri_file' : 'uri_folder', uri } },
                outputs: { score: { jobOutputType: 'uri_folder', uri: outputUri } },
            },
        });
        let cancelled = false;
        let kill;
        const done = this.run(id, deployment.properties, { type: /file/i.test(type) ? 'uri_file' : 'uri_folder', uri }, name, {
            cancelled: () => cancelled,
            onProcess: (stop) => (kill = stop),
        }).catch((err) => this.finish(id, 'Failed', `the job could not run: ${err.message}`));
        this.running.set(id.toLowerCase(), { cancel: () => ((cancelled = true), kill?.()), done });
        void done.finally(() => this.running.delete(id.toLowerCase()));
        return {
            status: 200,
            body: {
                id,
                name,
                type: 'Microsoft.MachineLearningServices/workspaces/batchEndpoints/jobs',
                properties: { status: 'Queued', outputs: { score: { uri: outputUri } } },
            },
        };
    }
    /** GET .../jobs/{name}: the job as ARM answers it. */
    get(id) {
        const job = this.host.store.get(id);
        if (!job)
            return armError(404, 'UserError', `The specified resource was not found: ${id.split('/workspaces/')[1] ?? id}.`);
        const { etag: _etag, ...body } = job;
        return { status: 200, body };
    }
    /** POST .../jobs/{name}/cancel: 202; the job ends Canceled and its processes stop. */
    cancel(id) {
        const job = this.host.store.get(id);
        if (!job)
            return armError(404, 'UserError', `The specified resource was not found: ${id.split('/workspaces/')[1] ?? id}.`);
        if (!TERMINAL.has(String(job.properties.status))) {
            job.properties.status = 'CancelRequested';
            this.running.get(id.toLowerCase())?.cancel();
        }
        return { status: 202 };
    }
    async stopAll() {
        for (const run of this.running.values())
            run.cancel();
        await Promise.all([...this.running.values()].map((r) => r.done.catch(() => undefined)));
    }
    /** Ends a job; why it failed goes to the job's log in the datastore, as Azure keeps it in the job's logs. */
    finish(id, status, error) {
        const job = this.host.store.get(id);
        if (!job)
            return;
        job.properties.status = status;
        if (error)
            this.errors.set(id.toLowerCase(), error);
        this.host.store.touch(job);
    }
    /** Why a job failed before its driver could say (kept for the emulator's own tests and logs). */
    errors = new Map();
    async run(id, deployment, input, name, control) {
        const { runtime, blobEndpoint } = this.host;
        if (!runtime || !blobEndpoint)
            return this.finish(id, 'Failed', 'the emulator runs batch jobs only with storage (Azurite)');
        const job = this.host.store.get(id);
        job.properties.status = 'Running';
        const dir = (0,external_node_path_.join)(runtime.workDir, 'batch-jobs', name);
        const blobOf = (uri) => `${blobEndpoint}/${this.host.container}/${uri.split('/paths/')[1].replace(/\/$/, '')}`;
        const log = [];
        const inputDir = (0,external_node_path_.join)(dir, 'input');
        await runtime.download(blobOf(input.uri), input.type === 'uri_file' ? (0,external_node_path_.join)(inputDir, input.uri.split('/').pop()) : inputDir);
        const code = this.host.store.get(String(deployment.codeConfiguration?.codeId ?? ''));
        if (!code)
            return this.finish(id, 'Failed', `code ${deployment.codeConfiguration?.codeId} does not exist`);
        await runtime.download(String(code.properties.codeUri), (0,external_node_path_.join)(dir, 'code'));
        let modelDir = null;
        if (deployment.model?.assetId) {
            const model = this.host.store.get(String(deployment.model.assetId));
            if (!model)
                return this.finish(id, 'Failed', `model ${deployment.model.assetId} does not exist`);
            const modelPath = String(model.properties.modelUri).split('/paths/')[1].replace(/\/$/, '');
            modelDir = (0,external_node_path_.join)(dir, 'model');
            // As for online deployments: the registered file or folder under AZUREML_MODEL_DIR by its own name.
            await runtime.download(`${blobEndpoint}/${this.host.container}/${modelPath}`, (0,external_node_path_.join)(modelDir, modelPath.split('/').pop()));
        }
        const python = await pythonForDeployment({ store: this.host.store, properties: deployment, home: runtime.workDir, log });
        const out = (0,external_node_path_.join)(dir, 'out');
        const jobFile = (0,external_node_path_.join)(dir, 'job.json');
        const retry = (deployment.retrySettings ?? {});
        await (0,promises_.writeFile)(jobFile, JSON.stringify({
            scoringScript: (0,external_node_path_.join)(dir, 'code', String(deployment.codeConfiguration.scoringScript)),
            codeDir: (0,external_node_path_.join)(dir, 'code'),
            modelDir,
            input: input.type === 'uri_file' ? (0,external_node_path_.join)(inputDir, input.uri.split('/').pop()) : inputDir,
            inputType: input.type,
            outputDir: (0,external_node_path_.join)(out, 'named-outputs', 'score'),
            logsDir: (0,external_node_path_.join)(out, 'logs'),
            workDir: (0,external_node_path_.join)(dir, 'work'),
            miniBatchSize: deployment.miniBatchSize ?? 10,
            // The emulator's machine stands for the whole cluster: its processes, capped as the local target caps them.
            maxConcurrency: Math.min((deployment.maxConcurrencyPerInstance ?? 1) * (deployment.resources?.instanceCount ?? 1), Math.max(4, 4 * (0,external_node_os_.cpus)().length)),
            instanceCount: 1,
            outputAction: deployment.outputAction === 'SummaryOnly' ? 'summary_only' : 'append_row',
            outputFileName: deployment.outputFileName ?? 'predictions.csv',
            maxRetries: retry.maxRetries ?? 3,
            timeoutS: seconds(retry.timeout),
            errorThreshold: deployment.errorThreshold ?? -1,
            loggingLevel: String(deployment.loggingLevel ?? 'Info').toLowerCase(),
            environmentVariables: deployment.environmentVariables ?? {},
            resultFile: (0,external_node_path_.join)(dir, 'result.json'),
        }));
        if (control.cancelled())
            return this.finish(id, 'Canceled');
        await new Promise((resolve) => {
            const child = (0,external_node_child_process_.spawn)(python, ['-S', local_process/* BATCH_DRIVER_SCRIPT */.Az, jobFile], { cwd: (0,external_node_path_.join)(dir, 'code'), detached: true, stdio: 'ignore' });
            control.onProcess(() => {
                try {
                    process.kill(-child.pid, 'SIGTERM');
                }
                catch {
                    // gone already
                }
            });
            child.once('exit', () => {
                try {
                    process.kill(-child.pid, 'SIGKILL');
                }
                catch {
                    // gone already
                }
                resolve();
            });
            child.once('error', () => resolve());
        });
        const result = JSON.parse(await (0,promises_.readFile)((0,external_node_path_.join)(dir, 'result.json'), 'utf8').catch(() => '{"status":"Failed","error":"the batch driver left no result"}'));
        // Outputs and logs go to the datastore: the score output where the job says, the logs beside it.
        const container = azuriteContainer(`${blobEndpoint}/${this.host.container}`, this.host.ca);
        for (const [folder, prefix] of [
            [(0,external_node_path_.join)(out, 'named-outputs', 'score'), `azureml/${name}/score`],
            [(0,external_node_path_.join)(out, 'logs'), `azureml/${name}/logs`],
        ]) {
            for (const file of filesUnder(folder))
                await container.getBlockBlobClient(`${prefix}/${(0,external_node_path_.relative)(folder, file)}`).uploadFile(file);
        }
        this.finish(id, control.cancelled() ? 'Canceled' : result.status === 'Completed' ? 'Completed' : result.status === 'Canceled' ? 'Canceled' : 'Failed', result.error ?? undefined);
    }
}
function filesUnder(folder) {
    let entries;
    try {
        entries = (0,external_node_fs_.readdirSync)(folder);
    }
    catch {
        return [];
    }
    return entries.flatMap((entry) => {
        const path = (0,external_node_path_.join)(folder, entry);
        return (0,external_node_fs_.statSync)(path).isDirectory() ? filesUnder(path) : [path];
    });
}

;// CONCATENATED MODULE: ./src/emulator/online.ts




function online_endpointIdOf(id) {
    return id.split('/deployments/')[0].replace(/\/(listKeys|token|regenerateKeys)$/, '');
}
/**
 * PUT of an online endpoint or deployment, as recorded from real Azure: 201 (on creation and on
 * update alike) with the resource in Creating/Updating, Azure's defaults filled in, an
 * Azure-AsyncOperation on mfeOperationsStatus and a Location on the resource. Provisioning ends
 * after the emulator's provisioning time: Succeeded, or Failed for a deployment whose init() fails.
 * An If-Match that is not the endpoint's current ETag is refused with 412, as ARM does.
 */
function putOnline(ctx) {
    const body = ctx.body;
    const isDeployment = ctx.op.operationId.startsWith('OnlineDeployments');
    const existing = ctx.store.get(ctx.id);
    const name = ctx.id.split('/').pop();
    const stale = preconditionFailed(ctx, existing);
    if (stale)
        return stale;
    // Azure's naming rule for endpoints and deployments, checked by the service, not the OpenAPI text.
    if (!existing && !/^[A-Za-z][A-Za-z0-9-]{1,30}[A-Za-z0-9]$/.test(name)) {
        return armError(400, 'BadArgument', `${name} is not a valid name: 3-32 characters, letters, digits and hyphens, starting with a letter and not ending with a hyphen`);
    }
    if (isDeployment) {
        const endpoint = ctx.store.get(online_endpointIdOf(ctx.id));
        if (!endpoint || endpoint.properties.provisioningState === 'Deleting')
            return armError(404, 'UserError', `An endpoint with the name '${online_endpointIdOf(ctx.id).split('/').pop()}' does not exist in the workspace.`);
        const quota = ctx.emulator.faults.quotaExceeded;
        if (quota)
            return armError(400, 'QuotaExceeded', `Not enough quota for ${body.properties?.instanceType ?? 'the instance type'} in this region (requested ${body.sku?.capacity ?? 1} instance(s)).`);
    }
    const operation = ctx.emulator.startOperation(ctx.id);
    const operationUri = ctx.emulator.putHeaders(operation)['Azure-AsyncOperation'];
    const given = { ...(existing?.properties ?? {}), ...body.properties, provisioningState: existing ? 'Updating' : 'Creating' };
    const properties = isDeployment ? deploymentDefaults(given, operationUri) : endpointDefaults(ctx.id, given, operationUri);
    if (!isDeployment) {
        // Known once the endpoint exists: null in the answer to its creation, as recorded.
        properties.scoringUri = existing ? existing.properties.scoringUri : null;
        properties.swaggerUri = existing ? existing.properties.swaggerUri : null;
        // `overruleTrafficWrites`: the write is accepted, but another change wins the traffic map.
        properties.traffic =
            (ctx.emulator.faults.overruleTrafficWrites ? existing?.properties.traffic : undefined) ??
                body.properties.traffic ??
                existing?.properties.traffic ??
                {};
    }
    const stored = ctx.store.put(ctx.id, {
        name,
        type: resourceType(ctx.op.template),
        location: body.location,
        tags: body.tags ?? {},
        identity: withPrincipal(body.identity),
        kind: body.kind ?? (isDeployment ? (properties.endpointComputeType === 'Kubernetes' ? 'Kubernetes' : 'Managed') : properties.compute ? 'K8S' : 'Managed'),
        sku: isDeployment ? deploymentSku(body.sku) : body.sku,
        properties,
    });
    if (!isDeployment && !ctx.emulator.keys.has(ctx.id.toLowerCase())) {
        ctx.emulator.keys.set(ctx.id.toLowerCase(), { primaryKey: (0,external_node_crypto_.randomBytes)(24).toString('base64'), secondaryKey: (0,external_node_crypto_.randomBytes)(24).toString('base64') });
    }
    ctx.emulator.afterProvisioning(ctx.id, async () => {
        // Deleted before its provisioning began (a held or slow create, then a teardown): start nothing.
        if (!ctx.store.get(ctx.id))
            return;
        const outcome = isDeployment ? await ctx.emulator.provisionDeployment(ctx.id, properties) : { ok: true };
        const current = ctx.store.get(ctx.id);
        if (!current) {
            // Deleted while it started: its server goes with it.
            if (isDeployment)
                await ctx.emulator.runtime?.stop(ctx.id);
            return;
        }
        current.properties.provisioningState = outcome.ok ? 'Succeeded' : 'Failed';
        if (!isDeployment && outcome.ok) {
            current.properties.scoringUri = `${ctx.emulator.scoringUrl}/inference/${name}/score`;
            current.properties.swaggerUri = `${ctx.emulator.scoringUrl}/inference/${name}/swagger.json`;
        }
        ctx.store.touch(current);
        ctx.store.finish(operation, outcome.ok ? 'Succeeded' : 'Failed', outcome.ok
            ? undefined
            : {
                code: outcome.code ?? 'ResourceNotReady',
                message: outcome.message ?? 'User container has crashed or terminated.',
                ...(outcome.details ? { details: outcome.details } : {}),
            });
    });
    return { status: 201, body: view(stored), headers: { ...ctx.emulator.putHeaders(operation), ETag: stored.etag } };
}
/** PATCH: tags, traffic or scale, answered 202 with the operation's headers. */
function patchOnline(ctx) {
    const resource = ctx.store.get(ctx.id);
    if (!resource)
        return notFound(ctx);
    const stale = preconditionFailed(ctx, resource);
    if (stale)
        return stale;
    const body = ctx.body;
    Object.assign(resource.properties, body.properties ?? {}, { provisioningState: 'Updating' });
    if (body.tags)
        resource.tags = body.tags;
    if (body.sku)
        resource.sku = { ...resource.sku, ...body.sku };
    ctx.store.touch(resource);
    const operation = ctx.emulator.startOperation(ctx.id);
    ctx.emulator.afterProvisioning(ctx.id, () => {
        resource.properties.provisioningState = 'Succeeded';
        ctx.store.finish(operation, 'Succeeded');
    });
    return { status: 202, body: null, headers: ctx.emulator.acceptedHeaders(operation) };
}
/**
 * DELETE: 202 with the body null, Azure-AsyncOperation and a Location on mfeOperationResults
 * while Deleting; 204 when there is nothing to delete (both recorded). Deleting an endpoint takes
 * its deployments.
 */
function deleteOnline(ctx) {
    const resource = ctx.store.get(ctx.id);
    if (!resource)
        return { status: 204 };
    const isDeployment = ctx.op.operationId.startsWith('OnlineDeployments');
    if (isDeployment) {
        const endpoint = ctx.store.get(online_endpointIdOf(ctx.id));
        const share = Number(endpoint?.properties.traffic?.[resource.name] ?? 0);
        if (share > 0)
            return armError(400, 'BadArgument', `deployment ${resource.name} takes ${share}% of the traffic; move its traffic away before deleting it`);
    }
    resource.properties.provisioningState = 'Deleting';
    const operation = ctx.emulator.startOperation(ctx.id);
    ctx.emulator.afterProvisioning(ctx.id, async () => {
        for (const child of [...ctx.store.children(ctx.id, 'deployments'), resource])
            await ctx.emulator.runtime?.stop(child.id);
        for (const child of ctx.store.children(ctx.id, 'deployments'))
            ctx.store.delete(child.id);
        ctx.store.delete(ctx.id);
        // A deleted deployment leaves its endpoint's traffic map too.
        if (isDeployment) {
            const traffic = ctx.store.get(online_endpointIdOf(ctx.id))?.properties.traffic;
            if (traffic)
                delete traffic[resource.name];
        }
        ctx.emulator.keys.delete(ctx.id.toLowerCase());
        ctx.store.finish(operation, 'Succeeded');
    });
    return { status: 202, body: null, headers: ctx.emulator.acceptedHeaders(operation) };
}
/** ARM's 412 when If-Match names another version of the resource than the current one. */
function preconditionFailed(ctx, resource) {
    if (!ctx.ifMatch || ctx.ifMatch === '*')
        return undefined;
    if (resource && resource.etag === ctx.ifMatch)
        return undefined;
    return armError(412, 'PreconditionFailed', 'The condition specified using HTTP conditional header(s) is not met.');
}
/** Azure's 404 for an endpoint or deployment (recorded wording for endpoints). */
function notFound(ctx) {
    const name = ctx.id.split('/').pop();
    return ctx.id.includes('/deployments/')
        ? armError(404, 'UserError', `A deployment with the name '${name}' does not exist in the endpoint '${online_endpointIdOf(ctx.id).split('/').pop()}'.`)
        : armError(404, 'UserError', `An endpoint with the name '${name}' does not exist in the workspace. Please check the endpoint name and also ensure the current user has access to it.`);
}
/** A system-assigned identity as Azure answers it: with its principal and tenant. */
function withPrincipal(identity) {
    if (!identity?.type || !String(identity.type).includes('SystemAssigned'))
        return identity;
    return { principalId: '00000000-0000-0000-0000-000000000000', tenantId: '00000000-0000-0000-0000-000000000000', ...identity };
}
function listKeys(ctx) {
    const keys = ctx.emulator.keys.get(online_endpointIdOf(ctx.id).toLowerCase());
    return keys ? { status: 200, body: keys } : notFound({ ...ctx, id: online_endpointIdOf(ctx.id) });
}
/**
 * regenerateKeys: a new primary or secondary key (the one given as keyValue, else a random one),
 * as a long-running operation (202 + Location), as the OpenAPI description has it.
 */
function regenerateKeys(ctx) {
    const endpointId = online_endpointIdOf(ctx.id);
    const endpoint = ctx.store.get(endpointId);
    if (!endpoint)
        return notFound({ ...ctx, id: endpointId });
    if (endpoint.properties.authMode !== 'Key')
        return armError(400, 'BadArgument', 'keys can be regenerated only on an endpoint with Key auth');
    const request = (ctx.body ?? {});
    const keys = ctx.emulator.keys.get(endpointId.toLowerCase());
    const value = request.keyValue || (0,external_node_crypto_.randomBytes)(24).toString('base64');
    if (request.keyType === 'Secondary')
        keys.secondaryKey = value;
    else
        keys.primaryKey = value;
    const operation = ctx.emulator.startOperation(endpointId);
    ctx.store.finish(operation, 'Succeeded');
    return { status: 202, body: null, headers: ctx.emulator.acceptedHeaders(operation) };
}
function getToken(ctx) {
    const endpoint = ctx.store.get(online_endpointIdOf(ctx.id));
    if (!endpoint)
        return armError(404, 'ResourceNotFound', 'endpoint not found');
    if (endpoint.properties.authMode !== 'AMLToken')
        return armError(400, 'BadArgument', 'token auth is not enabled on this endpoint (authMode is not AMLToken)');
    const now = Date.now();
    const token = `aml.${(0,external_node_crypto_.randomBytes)(24).toString('base64url')}`;
    ctx.emulator.tokens.set(token, endpoint.id.toLowerCase());
    return {
        status: 200,
        body: { accessToken: token, tokenType: 'Bearer', expiryTimeUtc: Math.round(now / 1000) + 3600, refreshAfterTimeUtc: Math.round(now / 1000) + 1800 },
    };
}
async function getLogs(ctx) {
    const deployment = ctx.store.get(ctx.id.replace(/\/getLogs$/, ''));
    if (!deployment)
        return armError(404, 'ResourceNotFound', 'deployment not found');
    const body = (ctx.body ?? {});
    const containerType = String(body.containerType ?? 'InferenceServer');
    const failed = ctx.emulator.failedLogs.get(deployment.id.toLowerCase());
    const content = failed
        ? tailLines((containerType === 'StorageInitializer' ? failed.storageInitializer : failed.inferenceServer) ?? '', Number(body.tail ?? 200))
        : ((await ctx.emulator.runtime?.logs(deployment.id, containerType, Number(body.tail ?? 200))) ?? '');
    return { status: 200, body: { content } };
}
function tailLines(text, lines) {
    return text.split('\n').slice(-lines).join('\n');
}

// EXTERNAL MODULE: ./node_modules/ajv/dist/ajv.js
var ajv = __webpack_require__(42463);
// EXTERNAL MODULE: ./node_modules/ajv-formats/dist/index.js
var ajv_formats_dist = __webpack_require__(82815);
var dist_default = /*#__PURE__*/__webpack_require__.n(ajv_formats_dist);
;// CONCATENATED MODULE: ./src/emulator/openapi.ts




const ML_SPEC = 'specification/machinelearningservices/resource-manager/Microsoft.MachineLearningServices/MachineLearningServices/stable/2026-07-01/openapi.subset.json';
const COMMON = ['specification/common-types/resource-management/v3/types.json', 'specification/common-types/resource-management/v3/managedidentity.json'];
const BASE = 'https://spec.invalid/';
/**
 * Microsoft's OpenAPI (Swagger 2.0) description of the Azure ML operations, compiled with ajv:
 * the emulator checks every request against it, so a request Azure would refuse fails the test.
 * Swagger's polymorphism (`discriminator` + `x-ms-discriminator-value`) is rewritten to JSON Schema
 * `if`/`then`, so a Managed deployment is checked against ManagedOnlineDeployment, not only its base.
 */
class OpenApiSpec {
    apiVersion;
    ajv;
    paths;
    cache = new Map();
    docs = new Map();
    constructor(specRoot) {
        this.ajv = new ajv.Ajv({ strict: false, allErrors: true, logger: false, validateFormats: true });
        dist_default()(this.ajv);
        for (const name of ['int32', 'int64', 'float', 'double', 'byte', 'binary', 'password', 'arm-id', 'unixtime'])
            this.ajv.addFormat(name, true);
        this.ajv.addFormat('duration', /^P(?!$)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+(\.\d+)?S)?)?$/);
        for (const file of [ML_SPEC, ...COMMON]) {
            const doc = withSubtypes(withNullables(JSON.parse((0,external_node_fs_.readFileSync)((0,external_node_path_.join)(specRoot, file), 'utf8'))));
            this.docs.set(file, doc);
            const { paths: _paths, ...schemas } = doc;
            this.ajv.addSchema({ ...schemas, $id: BASE + file });
        }
        const main = this.docs.get(ML_SPEC);
        this.apiVersion = String(main.info.version);
        this.paths = Object.entries(main.paths).map(([template, item]) => {
            const names = [];
            const pattern = template.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\\\{([^}]+)\\\}/g, (_m, name) => {
                names.push(name);
                return '([^/]+)';
            });
            return { template, regex: new RegExp(`^${pattern}$`, 'i'), names, item: item };
        });
    }
    /** Finds the operation for a request; ARM matches path literals case-insensitively. */
    match(method, pathname) {
        for (const path of this.paths) {
            const m = path.regex.exec(pathname);
            const operation = m && path.item[method.toLowerCase()];
            if (!m || !operation)
                continue;
            const pathParams = Object.fromEntries(path.names.map((n, i) => [n, decodeURIComponent(m[i + 1])]));
            return { operationId: String(operation.operationId), method: method.toUpperCase(), template: path.template, pathParams, operation };
        }
        return undefined;
    }
    /** The operation with this id, with the given path parameters. */
    operationById(operationId, pathParams = {}) {
        for (const path of this.paths) {
            for (const [method, operation] of Object.entries(path.item)) {
                if (operation.operationId === operationId)
                    return { operationId, method: method.toUpperCase(), template: path.template, pathParams, operation: operation };
            }
        }
        throw new Error(`no operation ${operationId} in the spec`);
    }
    /** Every way a request breaks the spec: parameters (path, query) and the JSON body. */
    validateRequest(op, query, body) {
        const problems = [];
        const params = [...(op.operation.parameters ?? [])].map((p) => this.resolveParameter(p));
        for (const param of params) {
            if (param.in === 'body') {
                if (body === undefined) {
                    if (param.required)
                        problems.push('the request body is required');
                }
                else
                    problems.push(...this.validate(param.schema, body).map((e) => `body${e}`));
                continue;
            }
            const value = param.in === 'path' ? op.pathParams[param.name] : param.in === 'query' ? (query.get(param.name) ?? undefined) : undefined;
            if (value === undefined) {
                if (param.required && param.in !== 'header')
                    problems.push(`${param.in} parameter ${param.name} is required`);
                continue;
            }
            // Which api-versions Azure accepts is the server's business (ACCEPTED_API_VERSIONS); the
            // bodies of them all are checked against this description, the newest vendored.
            if (param.name === 'api-version')
                continue;
            if (param.pattern && !new RegExp(param.pattern).test(value))
                problems.push(`${param.in} parameter ${param.name}="${value}" does not match ${param.pattern}`);
            if (param.minLength && value.length < param.minLength)
                problems.push(`${param.in} parameter ${param.name} is shorter than ${param.minLength}`);
            if (param.maxLength && value.length > param.maxLength)
                problems.push(`${param.in} parameter ${param.name} is longer than ${param.maxLength}`);
            if (param.type === 'integer' && !/^-?\d+$/.test(value))
                problems.push(`${param.in} parameter ${param.name}="${value}" is not an integer`);
            if (param.type === 'boolean' && !/^(true|false)$/.test(value))
                problems.push(`${param.in} parameter ${param.name}="${value}" is not true or false`);
            if (param.enum && !param.enum.includes(value))
                problems.push(`${param.in} parameter ${param.name}="${value}" is not one of ${param.enum.join(', ')}`);
        }
        return problems;
    }
    /** Checks a value against a schema of the spec (`#/definitions/X` or a schema holding a $ref). */
    validate(schema, value) {
        const ref = typeof schema === 'string' ? schema : schema.$ref;
        const key = ref ?? JSON.stringify(schema);
        let validate = this.cache.get(key);
        if (!validate) {
            const target = ref ? { $ref: new URL(ref, BASE + ML_SPEC).href } : schema;
            validate = this.ajv.compile(target);
            this.cache.set(key, validate);
        }
        if (validate(value))
            return [];
        return (validate.errors ?? [])
            .filter((e) => e.keyword !== 'if')
            .map((e) => `${e.instancePath || ''} ${e.message ?? 'is invalid'}${e.params && 'allowedValues' in e.params ? `: ${e.params.allowedValues.join(', ')}` : ''}`);
    }
    /** The response schema an operation declares for a status code, for checking the emulator itself. */
    responseSchema(op, status) {
        const responses = op.operation.responses;
        return (responses[String(status)] ?? responses.default)?.schema;
    }
    resolveParameter(param) {
        if (!param.$ref)
            return param;
        const [file, pointer] = String(param.$ref).split('#');
        const doc = file ? this.docs.get(COMMON.find((c) => file.endsWith(c.split('/').slice(-1)[0]))) : this.docs.get(ML_SPEC);
        return pointer
            .split('/')
            .slice(1)
            .reduce((node, key) => node[key], doc);
    }
}
/**
 * Null handling as Azure's services and SDKs practise it: `x-nullable: true` allows null, and so
 * does any optional property or map value (ARM reads null as absent; Microsoft's own examples
 * send and return null for optional fields such as a GPU count or vcName).
 */
function withNullables(node) {
    if (Array.isArray(node))
        return node.map(withNullables);
    if (!node || typeof node !== 'object')
        return node;
    const out = {};
    for (const [key, value] of Object.entries(node))
        out[key] = withNullables(value);
    if (out['x-nullable'] === true)
        Object.assign(out, nullable(out));
    if (out.properties && typeof out.properties === 'object') {
        const required = new Set(out.required ?? []);
        for (const [name, prop] of Object.entries(out.properties))
            if (!required.has(name))
                out.properties[name] = nullable(prop);
    }
    if (out.additionalProperties && typeof out.additionalProperties === 'object')
        out.additionalProperties = nullable(out.additionalProperties);
    return out;
}
function nullable(schema) {
    if (typeof schema.type === 'string')
        return { ...schema, type: [schema.type, 'null'], ...(Array.isArray(schema.enum) ? { enum: [...schema.enum, null] } : {}) };
    if (schema.$ref)
        return { anyOf: [{ $ref: schema.$ref }, { type: 'null' }] };
    return schema;
}
/**
 * Rewrites Swagger polymorphism into JSON Schema: a base with `discriminator` becomes its own
 * properties plus `if <discriminator> = value then <subtype>` for each subtype, and subtypes
 * extend a copy of the base (so checking a subtype never loops back through the base).
 */
function withSubtypes(doc) {
    const defs = doc.definitions;
    if (!defs)
        return doc;
    const bases = Object.entries(defs).filter(([, d]) => typeof d.discriminator === 'string');
    for (const [baseName, base] of bases) {
        const property = base.discriminator;
        const subtypes = Object.entries(defs).filter(([, d]) => d.allOf?.some((a) => a.$ref === `#/definitions/${baseName}`));
        if (subtypes.length === 0)
            continue;
        defs[`${baseName}__base`] = { ...base };
        for (const [, sub] of subtypes) {
            sub.allOf = sub.allOf.map((a) => a.$ref === `#/definitions/${baseName}` ? { $ref: `#/definitions/${baseName}__base` } : a);
        }
        const values = subtypes.map(([name, sub]) => [String(sub['x-ms-discriminator-value'] ?? name), name]);
        defs[baseName] = {
            allOf: [
                { $ref: `#/definitions/${baseName}__base` },
                { properties: { [property]: { enum: values.map(([v]) => v) } } },
                ...values.map(([value, name]) => ({
                    if: { properties: { [property]: { const: value } }, required: [property] },
                    then: { $ref: `#/definitions/${name}` },
                })),
            ],
        };
    }
    return doc;
}

// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(37067);
;// CONCATENATED MODULE: ./src/emulator/inference.ts

/**
 * The endpoint's scoring front door, as Azure's router: checks the key or aml token, picks the
 * deployment (the azureml-model-deployment header, else by traffic weight) and forwards.
 */
async function scoreThroughEndpoint(emulator, request) {
    const endpointId = emulator.endpointIdByName(request.endpointName);
    const endpoint = emulator.store.get(endpointId);
    if (!endpoint)
        return { status: 404, body: 'endpoint not found' };
    const presented = /^Bearer (.+)$/.exec(request.headers.authorization ?? '')?.[1];
    const keys = emulator.keys.get(endpointId.toLowerCase());
    const mode = endpoint.properties.authMode;
    const authorised = !presented
        ? false
        : mode === 'AMLToken'
            ? emulator.tokens.get(presented) === endpointId.toLowerCase()
            : mode === 'AADToken'
                ? emulator.entraIssued(presented)
                : !!keys && (presented === keys.primaryKey || presented === keys.secondaryKey);
    if (!authorised)
        return { status: 401, body: 'Authorization header is missing or its key or token is wrong' };
    const traffic = (endpoint.properties.traffic ?? {});
    const wanted = request.headers['azureml-model-deployment'];
    const name = typeof wanted === 'string' ? wanted : (emulator.faults.routeUnpinnedTo ?? pickByWeight(traffic));
    const deployment = name ? emulator.store.get(`${endpointId}/deployments/${name}`) : undefined;
    const port = deployment ? emulator.runtime?.port(deployment.id) : undefined;
    if (!deployment)
        return { status: 404, body: name ? `deployment ${name} does not exist` : 'no deployment takes traffic on this endpoint' };
    // Without storage the emulator runs no servers and provisions every deployment as working: its
    // description answers. Otherwise a deployment whose server is not running is the gateway's
    // upstream failure, as on Azure.
    if (!port && !emulator.runtime && request.route !== 'score')
        return { status: 200, body: '{"swagger":"2.0"}' };
    if (!port)
        return { status: 503, body: `deployment ${name} is not running` };
    const response = await forward(port, request.route === 'score' ? '/score' : '/swagger.json', request.method, request.method === 'POST' ? request.body : undefined);
    return { status: response.status, body: response.body, headers: { 'azureml-model-deployment': deployment.name, 'Content-Type': 'application/json' } };
}
/**
 * One request to a deployment's server on a connection of its own. A pooled keep-alive connection
 * the server has just closed as idle would fail the request before it was sent ("other side
 * closed"), which the caller would see as the deployment's 500; a fresh connection cannot.
 */
function forward(port, path, method, body) {
    return new Promise((resolve, reject) => {
        const req = (0,external_node_http_.request)({
            host: '127.0.0.1',
            port,
            path,
            method,
            agent: false,
            headers: { 'Content-Type': 'application/json', ...(body !== undefined ? { 'Content-Length': Buffer.byteLength(body) } : {}) },
        }, (res) => {
            const chunks = [];
            res.on('data', (chunk) => chunks.push(chunk));
            res.on('end', () => resolve({ status: res.statusCode ?? 502, body: Buffer.concat(chunks).toString('utf8') }));
            res.on('error', reject);
        });
        req.on('error', reject);
        req.end(body);
    });
}
function pickByWeight(traffic) {
    const total = Object.values(traffic).reduce((a, b) => a + b, 0);
    let draw = Math.random() * total;
    for (const [name, share] of Object.entries(traffic)) {
        draw -= share;
        if (share > 0 && draw < 0)
            return name;
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/emulator/entra.ts

const TENANT = 'mlship-emulator-tenant';
const CLIENT_ID = 'mlship-emulator-client';
/**
 * Entra ID for the emulator's fake tenant: the OpenID configuration MSAL reads, and the token
 * endpoint, which grants client credentials for the tenant's one client by secret or by a GitHub
 * OIDC assertion from the emulator's issuer.
 */
class FakeEntra {
    oidc;
    refuseStorage;
    clientSecret = `emulator-secret-${(0,external_node_crypto_.randomBytes)(12).toString('hex')}`;
    /** Every token issued, with the client it was issued to. */
    tokens = new Map();
    apps = new Map();
    constructor(oidc, 
    /** When true, storage tokens name another audience, so the storage account refuses them. */
    refuseStorage = () => false) {
        this.oidc = oidc;
        this.refuseStorage = refuseStorage;
    }
    issued(token) {
        return this.tokens.has(token);
    }
    /** Registers an app with federated credentials and role assignments (see FederatedApp). */
    federate(app) {
        this.apps.set(app.clientId, app);
    }
    /**
     * Why ARM refuses this request to the token's client, as ARM says it; undefined when one of its
     * role assignments covers the path. The emulator's own client has a role on the subscription.
     */
    authorize(token, method, path, deniedActions = []) {
        const app = this.apps.get(this.tokens.get(token) ?? '');
        const action = armAction(method, path);
        const refuse = (clientId) => `The client '${clientId}' with object id '${clientId}' does not have authorization to perform action '${action}' ` +
            `over scope '${path}' or the scope is invalid. If access was recently granted, please refresh your credentials.`;
        // The `denyActions` fault: a role without these actions (its notActions), for every caller.
        if (deniedActions.some((pattern) => actionMatches(pattern, action)))
            return refuse(app?.clientId ?? CLIENT_ID);
        if (!app)
            return undefined;
        if (this.covers(app, path))
            return undefined;
        return refuse(app.clientId);
    }
    /**
     * The caller's effective permissions at a scope, as Microsoft.Authorization/permissions answers
     * them: every action (the emulator's roles are Contributor-like) less the denied ones, or nothing
     * where the caller has no role.
     */
    permissions(token, scope, deniedActions = []) {
        const app = this.apps.get(this.tokens.get(token) ?? '');
        if (app && !this.covers(app, scope))
            return [];
        return [{ actions: ['*'], notActions: deniedActions, dataActions: [], notDataActions: [] }];
    }
    covers(app, path) {
        const lower = path.toLowerCase();
        return app.scopes.some((scope) => lower === scope.toLowerCase() || lower.startsWith(`${scope.toLowerCase()}/`));
    }
    openidConfiguration(url) {
        const base = `${url}/${TENANT}`;
        return {
            token_endpoint: `${base}/oauth2/v2.0/token`,
            authorization_endpoint: `${base}/oauth2/v2.0/authorize`,
            end_session_endpoint: `${base}/oauth2/v2.0/logout`,
            issuer: `${base}/v2.0`,
            jwks_uri: `${base}/discovery/v2.0/keys`,
            token_endpoint_auth_methods_supported: ['client_secret_post', 'private_key_jwt'],
            response_types_supported: ['code', 'token'],
            subject_types_supported: ['pairwise'],
            id_token_signing_alg_values_supported: ['RS256'],
            tenant_region_scope: 'EU',
        };
    }
    issueToken(form) {
        const app = this.apps.get(form.get('client_id') ?? '');
        if (app)
            return this.exchange(app, form);
        const client = form.get('client_id') === CLIENT_ID;
        const secretOk = client && form.get('client_secret') === this.clientSecret;
        const assertionOk = client &&
            form.get('client_assertion_type') === 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer' &&
            this.oidc.accepts(form.get('client_assertion') ?? '');
        if (!secretOk && !assertionOk)
            return { status: 401, body: { error: 'invalid_client', error_description: 'AADSTS7000215: Invalid client secret provided.' } };
        return this.grant(CLIENT_ID, form);
    }
    /** A federated app's sign-in: a GitHub OIDC assertion whose subject one of its credentials names. */
    exchange(app, form) {
        const assertion = form.get('client_assertion') ?? '';
        if (form.get('client_assertion_type') !== 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer' || !this.oidc.accepts(assertion))
            return { status: 401, body: { error: 'invalid_client', error_description: 'AADSTS700024: Client assertion is not within its valid time range.' } };
        const subject = this.oidc.subjectOf(assertion);
        if (!app.subjects.includes(subject)) {
            // Entra's answer to a subject no federated credential names (Azure/login#482, #517).
            return {
                status: 401,
                body: {
                    error: 'invalid_client',
                    error_description: `AADSTS700213: No matching federated identity record found for presented assertion subject '${subject}'. ` +
                        'Check your federated identity credential Subject, Audience and Issuer against the presented assertion. ' +
                        'https://learn.microsoft.com/entra/workload-id/workload-identity-federation',
                    error_codes: [700213],
                },
            };
        }
        return this.grant(app.clientId, form);
    }
    grant(clientId, form) {
        const token = form.get('scope')?.includes('storage.azure.com') ? storageToken(this.refuseStorage()) : `emulator.${(0,external_node_crypto_.randomBytes)(24).toString('base64url')}`;
        this.tokens.set(token, clientId);
        return { status: 200, body: { token_type: 'Bearer', expires_in: 3599, ext_expires_in: 3599, access_token: token } };
    }
}
/** The RBAC action a request needs, e.g. Microsoft.MachineLearningServices/workspaces/onlineEndpoints/write. */
/** ARM's action pattern match: `*` as a wildcard, case-insensitive. */
function actionMatches(pattern, action) {
    return new RegExp(`^${pattern
        .split('*')
        .map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
        .join('.*')}$`, 'i').test(action);
}
function armAction(method, path) {
    const provider = /\/providers\/([^/]+)\/(.*)$/i.exec(path);
    if (!provider)
        return `Microsoft.Resources/subscriptions/resourceGroups/${method === 'GET' ? 'read' : 'write'}`;
    const segments = provider[2].split('/');
    const types = segments.filter((_s, i) => i % 2 === 0);
    const verb = { GET: 'read', PUT: 'write', PATCH: 'write', DELETE: 'delete' }[method];
    // A POST names its action as the last segment (listKeys, listSecrets...).
    if (!verb)
        return `${provider[1]}/${types.slice(0, -1).join('/')}/${types.at(-1)}/action`;
    return `${provider[1]}/${types.join('/')}/${verb}`;
}
/**
 * A token for Azure Storage, shaped as Entra issues it (a JWT for https://storage.azure.com from
 * an sts.windows.net issuer): Azurite's `--oauth basic` reads its audience, issuer and lifetime
 * (it does not check signatures), so uploads with the caller's own token work against it.
 */
function storageToken(wrongAudience) {
    const now = Math.floor(Date.now() / 1000);
    const part = (value) => Buffer.from(JSON.stringify(value)).toString('base64url');
    const claims = {
        aud: wrongAudience ? 'https://management.azure.com' : 'https://storage.azure.com',
        iss: `https://sts.windows.net/${TENANT}/`,
        iat: now,
        nbf: now - 60,
        exp: now + 3600,
        appid: CLIENT_ID,
        tid: TENANT,
    };
    return `${part({ alg: 'RS256', typ: 'JWT' })}.${part(claims)}.${(0,external_node_crypto_.randomBytes)(32).toString('base64url')}`;
}

;// CONCATENATED MODULE: ./src/emulator/oidc.ts


/**
 * GitHub's OIDC token service as a job sees it (ACTIONS_ID_TOKEN_REQUEST_URL/_TOKEN), on loopback
 * over http: @actions/core's getIDToken takes no CA option. The emulator's Entra endpoint accepts
 * only assertions issued here, for the audience Azure federation uses.
 */
class OidcIssuer {
    requestToken = (0,external_node_crypto_.randomBytes)(16).toString('hex');
    issued = new Set();
    /** Request tokens of single jobs, each bound to the subject GitHub gives that job. */
    jobs = new Map();
    subject = '';
    server;
    url = '';
    async start(subject) {
        this.subject = subject;
        this.server = (0,external_node_http_.createServer)((req, res) => {
            const url = new URL(req.url ?? '/', 'http://127.0.0.1');
            const presented = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1] ?? '';
            const subject = presented === this.requestToken ? this.subject : this.jobs.get(presented);
            if (!subject) {
                res.writeHead(401).end();
                return;
            }
            const audience = url.searchParams.get('audience') ?? '';
            const token = [
                Buffer.from(JSON.stringify({ alg: 'RS256', typ: 'JWT' })).toString('base64url'),
                Buffer.from(JSON.stringify({ iss: 'https://token.actions.githubusercontent.com', sub: subject, aud: audience, exp: Math.floor(Date.now() / 1000) + 300 })).toString('base64url'),
                (0,external_node_crypto_.randomBytes)(32).toString('base64url'),
            ].join('.');
            this.issued.add(token);
            res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify({ value: token }));
        });
        await new Promise((resolve) => this.server.listen(0, '127.0.0.1', resolve));
        this.url = `http://127.0.0.1:${this.server.address().port}/token?api-version=2.0`;
    }
    /**
     * What one job with `id-token: write` is given: its own request token, for which the issuer
     * signs ID tokens with the subject GitHub would give that job (`repo:o/r:environment:E`, ...).
     */
    jobCredentials(subject) {
        const token = (0,external_node_crypto_.randomBytes)(16).toString('hex');
        this.jobs.set(token, subject);
        return { ACTIONS_ID_TOKEN_REQUEST_URL: this.url, ACTIONS_ID_TOKEN_REQUEST_TOKEN: token };
    }
    /** The `sub` claim of an assertion. */
    subjectOf(assertion) {
        return JSON.parse(Buffer.from(assertion.split('.')[1], 'base64url').toString()).sub;
    }
    /** True for an assertion this issuer made for Azure's federation audience. */
    accepts(assertion) {
        if (!this.issued.has(assertion))
            return false;
        const payload = JSON.parse(Buffer.from(assertion.split('.')[1], 'base64url').toString());
        return payload.aud === 'api://AzureADTokenExchange';
    }
    async stop() {
        await new Promise((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
    }
}

// EXTERNAL MODULE: ./src/engine/state.ts
var state = __webpack_require__(61599);
;// CONCATENATED MODULE: ./src/emulator/runtime.ts








/**
 * Runs each emulated deployment for real: downloads its code and model from Azurite, as Azure's
 * storage initializer does, and starts the local scoring server on them. Its init() decides
 * whether the deployment Succeeds or Fails, and its log is what getLogs returns.
 */
class DeploymentRuntime {
    store;
    blobEndpoint;
    workDir;
    ca;
    running = new Map();
    /** Starts still under way: a delete arriving meanwhile cancels one and waits until it has wound down. */
    starting = new Map();
    constructor(store, blobEndpoint, workDir, 
    /** The certificate Azurite serves https with, when it does. */
    ca) {
        this.store = store;
        this.blobEndpoint = blobEndpoint;
        this.workDir = workDir;
        this.ca = ca;
        (0,external_node_fs_.mkdirSync)(workDir, { recursive: true });
    }
    /** Starts the deployment; resolves once init() finished ('ready') or failed. */
    async start(deploymentId, properties, timeoutMs) {
        await this.stop(deploymentId);
        const key = deploymentId.toLowerCase();
        const pending = { cancelled: false, done: Promise.resolve() };
        const work = this.startOnce(deploymentId, properties, timeoutMs, pending);
        pending.done = work;
        this.starting.set(key, pending);
        try {
            return await work;
        }
        finally {
            if (this.starting.get(key) === pending)
                this.starting.delete(key);
        }
    }
    async startOnce(deploymentId, properties, timeoutMs, pending) {
        const cancelled = { ok: false, message: 'the deployment was deleted while it was being created' };
        const dir = (0,external_node_path_.join)(this.workDir, deploymentId.split('/onlineEndpoints/')[1].replace(/\//g, '_'));
        (0,external_node_fs_.rmSync)(dir, { recursive: true, force: true });
        const storageLog = [];
        try {
            const codeDir = (0,external_node_path_.join)(dir, 'code');
            const modelDir = (0,external_node_path_.join)(dir, 'model');
            const code = this.store.get(String(properties.codeConfiguration?.codeId ?? ''));
            if (!code)
                return { ok: false, message: `code ${properties.codeConfiguration?.codeId} does not exist` };
            storageLog.push(...(await this.download(String(code.properties.codeUri), codeDir)));
            if (properties.model) {
                const model = this.store.get(String(properties.model));
                if (!model)
                    return { ok: false, message: `model ${properties.model} does not exist` };
                const modelPath = String(model.properties.modelUri).split('/paths/')[1];
                // Azure mounts the registered file or folder under AZUREML_MODEL_DIR by its own name.
                storageLog.push(...(await this.download(`${this.blobEndpoint}/${this.container}/${modelPath}`, (0,external_node_path_.join)(modelDir, modelPath.split('/').pop()))));
            }
            await (0,promises_.mkdir)(dir, { recursive: true });
            // The deployment's own environment, as Azure builds its image from it (cached across deployments).
            let python;
            try {
                python = await pythonForDeployment({ store: this.store, properties, home: this.workDir, log: storageLog });
            }
            catch (err) {
                // Azure fails such a deployment with ImageBuildFailure, pointing at the build log.
                await this.writeStorageLog(dir, [...storageLog, `error: ${err.message}`]);
                return { ok: false, message: `ImageBuildFailure: the environment's image could not be built: ${err.message}` };
            }
            if (pending.cancelled)
                return cancelled;
            const { handle, port } = await (0,local_process/* startServer */.UD)({
                python,
                codeDir,
                entryScript: String(properties.codeConfiguration.scoringScript),
                modelDir,
                keys: [],
                deployment: deploymentId.split('/').pop(),
                // Names the deployment's folder, so a leftover server can be traced to its deployment.
                serverId: `${this.workDir}|${(0,external_node_path_.basename)(dir)}|${(0,external_node_crypto_.randomUUID)()}`,
                timeoutMs: 60_000,
                workers: 1,
                environmentVariables: properties.environmentVariables ?? {},
                statusFile: (0,external_node_path_.join)(dir, 'status.json'),
                logFile: (0,external_node_path_.join)(dir, 'inference-server.log'),
            });
            // Deleted while its code and model were downloading or its server was starting: a server
            // must not outlive the deployment it belongs to.
            if (pending.cancelled) {
                await (0,local_process/* stopServer */.gG)(handle);
                return cancelled;
            }
            this.running.set(deploymentId.toLowerCase(), { handle, port, dir });
            await this.writeStorageLog(dir, storageLog);
            for (const started = Date.now(); Date.now() - started < timeoutMs; await new Promise((r) => setTimeout(r, 100))) {
                if (pending.cancelled)
                    return cancelled;
                const status = await (0,state/* readJson */.Vh)((0,external_node_path_.join)(dir, 'status.json')).catch(() => undefined);
                if (status?.phase === 'ready')
                    return { ok: true };
                if (status?.phase === 'failed')
                    return { ok: false, message: 'User container has crashed or terminated: init() raised an exception. Read the InferenceServer log (getLogs).' };
            }
            return { ok: false, message: 'the container did not become ready within the provisioning timeout' };
        }
        catch (err) {
            await this.writeStorageLog(dir, [...storageLog, `error: ${err.message}`]).catch(() => undefined);
            return { ok: false, message: `the storage initializer failed: ${err.message}` };
        }
    }
    get container() {
        return 'azureml-blobstore-emulator';
    }
    /** Downloads every blob under a URL's path (a folder, or one file) into `target`, as the storage initializer does. */
    async download(blobUrl, target) {
        const url = new URL(blobUrl);
        const [, , containerName, ...rest] = url.pathname.split('/');
        const prefix = rest.join('/');
        const container = azuriteContainer(`${this.blobEndpoint}/${containerName}`, this.ca);
        const lines = [];
        for await (const blob of container.listBlobsFlat({ prefix })) {
            const relative = blob.name === prefix ? '' : blob.name.slice(prefix.length + 1);
            const file = relative ? (0,external_node_path_.join)(target, relative) : target;
            await (0,promises_.mkdir)((0,external_node_path_.dirname)(file), { recursive: true });
            await container.getBlobClient(blob.name).downloadToFile(file);
            lines.push(`downloaded ${blob.name} (${blob.properties.contentLength} bytes)`);
        }
        if (lines.length === 0)
            throw new Error(`nothing is stored at ${prefix}`);
        return lines;
    }
    async writeStorageLog(dir, lines) {
        await (0,promises_.writeFile)((0,external_node_path_.join)(dir, 'storage-initializer.log'), `${lines.join('\n')}\n`);
    }
    port(deploymentId) {
        return this.running.get(deploymentId.toLowerCase())?.port;
    }
    async logs(deploymentId, container, lines = 200) {
        const run = this.running.get(deploymentId.toLowerCase());
        const dir = run?.dir ?? (0,external_node_path_.join)(this.workDir, deploymentId.split('/onlineEndpoints/')[1].replace(/\//g, '_'));
        return (0,local_process/* tail */.RT)((0,external_node_path_.join)(dir, container === 'StorageInitializer' ? 'storage-initializer.log' : 'inference-server.log'), lines);
    }
    async stop(deploymentId) {
        const pending = this.starting.get(deploymentId.toLowerCase());
        if (pending) {
            pending.cancelled = true;
            await pending.done.catch(() => undefined);
        }
        const run = this.running.get(deploymentId.toLowerCase());
        if (!run)
            return;
        this.running.delete(deploymentId.toLowerCase());
        await (0,local_process/* stopServer */.gG)(run.handle);
    }
    async stopAll() {
        await Promise.all([...new Set([...this.starting.keys(), ...this.running.keys()])].map((id) => this.stop(id)));
    }
}

;// CONCATENATED MODULE: ./src/emulator/store.ts

/**
 * The emulator's resources, keyed by lower-cased ARM id (ARM ids are case-insensitive), plus the
 * operations in flight.
 */
class ResourceStore {
    resources = new Map();
    operations = new Map();
    get(id) {
        return this.resources.get(id.toLowerCase());
    }
    put(id, resource) {
        const now = new Date().toISOString();
        const existing = this.get(id);
        const stored = {
            ...resource,
            id,
            etag: `"${(0,external_node_crypto_.randomUUID)()}"`,
            systemData: {
                createdAt: existing?.systemData.createdAt ?? now,
                createdBy: 'mlship-emulator',
                createdByType: 'Application',
                lastModifiedAt: now,
                lastModifiedBy: 'mlship-emulator',
                lastModifiedByType: 'Application',
            },
        };
        this.resources.set(id.toLowerCase(), stored);
        return stored;
    }
    /** A write in place (PATCH, provisioning finishing) also changes the ETag. */
    touch(resource) {
        resource.etag = `"${(0,external_node_crypto_.randomUUID)()}"`;
        resource.systemData.lastModifiedAt = new Date().toISOString();
    }
    delete(id) {
        return this.resources.delete(id.toLowerCase());
    }
    /** Direct children of `parentId` of one type segment (`models`, `versions`, `deployments`). */
    children(parentId, segment) {
        const prefix = `${parentId}/${segment}/`.toLowerCase();
        return [...this.resources.entries()].filter(([key]) => key.startsWith(prefix) && !key.slice(prefix.length).includes('/')).map(([, r]) => r);
    }
    startOperation(resourceId, workspaceGuid) {
        const kind = resourceId.toLowerCase().includes('/deployments/') ? 'odidp' : 'oeidp';
        const operation = { id: `${kind}:${workspaceGuid}:${(0,external_node_crypto_.randomUUID)()}`, status: 'Updating', startTime: new Date().toISOString(), resourceId };
        this.operations.set(operation.id, operation);
        return operation;
    }
    /** Ends an operation: its status and end time, as the status endpoint then reports them. */
    finish(operation, status, error) {
        operation.status = status;
        operation.endTime = new Date().toISOString();
        if (error)
            operation.error = error;
    }
}

// EXTERNAL MODULE: external "node:dgram"
var external_node_dgram_ = __webpack_require__(41314);
;// CONCATENATED MODULE: ./src/emulator/dns.ts

/**
 * The public DNS of managed online endpoints, for the emulator's region: a managed online endpoint
 * answers at `<name>.<region>.inference.ml.azure.com` (its scoring URI), and its name must be
 * unique in the region (Microsoft Learn, how-to-deploy-online-endpoints: "The endpoint name must
 * be unique in the Azure region"). A loopback UDP server answering A queries for those names: an
 * address for an endpoint that exists in any of the emulator's workspaces (or that a test marks as
 * taken elsewhere), NXDOMAIN for any other, as the real zone answers names nobody holds.
 */
class EndpointDns {
    taken;
    socket;
    port = 0;
    constructor(taken) {
        this.taken = taken;
    }
    async start() {
        const socket = (0,external_node_dgram_.createSocket)('udp4');
        this.socket = socket;
        socket.on('message', (query, peer) => {
            const answer = this.answer(query);
            if (answer)
                socket.send(answer, peer.port, peer.address);
        });
        await new Promise((resolve) => socket.bind(0, '127.0.0.1', () => resolve()));
        this.port = socket.address().port;
    }
    async stop() {
        await new Promise((resolve) => (this.socket ? this.socket.close(() => resolve()) : resolve()));
    }
    /** RFC 1035: one question in, the same question out with an A record or NXDOMAIN. */
    answer(query) {
        if (query.length < 12)
            return undefined;
        const labels = [];
        let offset = 12;
        while (offset < query.length && query[offset] > 0) {
            const length = query[offset];
            labels.push(query.subarray(offset + 1, offset + 1 + length).toString('ascii'));
            offset += length + 1;
        }
        const questionEnd = offset + 5; // the zero byte, QTYPE and QCLASS
        if (questionEnd > query.length)
            return undefined;
        const type = query.readUInt16BE(offset + 1);
        const name = labels.join('.').toLowerCase();
        const match = /^([a-z0-9-]+)\.([a-z0-9]+)\.inference\.ml\.azure\.com$/.exec(name);
        const exists = !!match && this.taken(match[1], match[2]);
        const header = Buffer.alloc(12);
        query.copy(header, 0, 0, 2); // the query's id
        header.writeUInt16BE(0x8180 | (exists ? 0 : 3), 2); // response, recursion desired and available; NXDOMAIN when absent
        header.writeUInt16BE(1, 4); // one question
        header.writeUInt16BE(exists && type === 1 ? 1 : 0, 6); // one answer for an A query of a name that exists
        const question = query.subarray(12, questionEnd);
        if (!exists || type !== 1)
            return Buffer.concat([header, question]);
        const record = Buffer.alloc(16);
        record.writeUInt16BE(0xc00c, 0); // the name, pointing at the question's
        record.writeUInt16BE(1, 2); // A
        record.writeUInt16BE(1, 4); // IN
        record.writeUInt32BE(60, 6); // TTL
        record.writeUInt16BE(4, 10);
        Buffer.from([127, 0, 0, 1]).copy(record, 12);
        return Buffer.concat([header, question, record]);
    }
}

;// CONCATENATED MODULE: ./src/emulator/locations.ts
/** Managed online endpoint sizes a region commonly offers (Azure ML's managed online endpoints SKU list). */
const DEFAULT_VM_SIZES = [
    { name: 'Standard_DS1_v2', family: 'standardDSv2Family', vCPUs: 1, memoryGB: 3.5, price: 0.073 },
    { name: 'Standard_DS2_v2', family: 'standardDSv2Family', vCPUs: 2, memoryGB: 7, price: 0.146 },
    { name: 'Standard_DS3_v2', family: 'standardDSv2Family', vCPUs: 4, memoryGB: 14, price: 0.293 },
    { name: 'Standard_DS4_v2', family: 'standardDSv2Family', vCPUs: 8, memoryGB: 28, price: 0.585 },
    { name: 'Standard_DS5_v2', family: 'standardDSv2Family', vCPUs: 16, memoryGB: 56, price: 1.17 },
    { name: 'Standard_F2s_v2', family: 'standardFSv2Family', vCPUs: 2, memoryGB: 4, price: 0.096 },
    { name: 'Standard_F4s_v2', family: 'standardFSv2Family', vCPUs: 4, memoryGB: 8, price: 0.192 },
    { name: 'Standard_F8s_v2', family: 'standardFSv2Family', vCPUs: 8, memoryGB: 16, price: 0.383 },
    { name: 'Standard_F16s_v2', family: 'standardFSv2Family', vCPUs: 16, memoryGB: 32, price: 0.766 },
    { name: 'Standard_E16s_v3', family: 'standardESv3Family', vCPUs: 16, memoryGB: 128, price: 1.216 },
];
const DEFAULT_LIMIT = 100;
function locationRead(options) {
    const { subscriptionId, location, kind, sizes, faults } = options;
    if (kind.toLowerCase() === 'vmsizes')
        return {
            status: 200,
            body: {
                value: sizes.map((s) => ({ ...s, gpus: 0, lowPriorityCapable: true, premiumIO: true, supportedComputeTypes: ['ComputeInstance', 'AmlCompute'] })),
            },
        };
    const families = [...new Set([...sizes.map((s) => s.family), ...Object.keys(faults.quotaUsage ?? {})])];
    return {
        status: 200,
        body: {
            value: families.map((family) => {
                const usage = faults.quotaUsage?.[family] ?? { currentValue: 0, limit: DEFAULT_LIMIT };
                return {
                    id: `/subscriptions/${subscriptionId}/providers/Microsoft.MachineLearningServices/vmFamily/${family}/usages`,
                    amlWorkspaceLocation: location,
                    type: 'Microsoft.MachineLearningServices/vmFamily/usages',
                    unit: 'Count',
                    currentValue: usage.currentValue,
                    limit: usage.limit,
                    name: { value: family, localizedValue: `${family} Cluster Dedicated vCPUs` },
                };
            }),
        },
    };
}
/**
 * Azure's Retail Prices API (https://prices.azure.com/api/retail/prices, anonymous), for the VM
 * sizes above: the `$filter` mlship sends (serviceName, armRegionName, armSkuName, priceType)
 * answered with the item shape the API documents, a Windows and a Spot meter beside the Linux
 * one, as the real list has them.
 */
function retailPrices(query, sizes) {
    const filter = query.get('$filter') ?? '';
    const field = (name) => new RegExp(`${name} eq '([^']*)'`, 'i').exec(filter)?.[1];
    const sku = field('armSkuName');
    const region = field('armRegionName');
    const size = sizes.find((s) => s.name.toLowerCase() === sku?.toLowerCase());
    const base = {
        currencyCode: 'USD',
        armRegionName: region,
        armSkuName: size?.name,
        serviceName: 'Virtual Machines',
        unitOfMeasure: '1 Hour',
        type: 'Consumption',
    };
    const items = size
        ? [
            {
                ...base,
                retailPrice: Number((size.price * 1.9).toFixed(3)),
                productName: `Virtual Machines ${size.family} Series Windows`,
                skuName: size.name.replace('Standard_', ''),
            },
            {
                ...base,
                retailPrice: Number((size.price * 0.2).toFixed(3)),
                productName: `Virtual Machines ${size.family} Series`,
                skuName: `${size.name.replace('Standard_', '')} Spot`,
            },
            { ...base, retailPrice: size.price, productName: `Virtual Machines ${size.family} Series`, skuName: size.name.replace('Standard_', '') },
        ]
        : [];
    return {
        status: 200,
        body: { BillingCurrency: 'USD', CustomerEntityId: 'Default', CustomerEntityType: 'Retail', Items: items, NextPageLink: null, Count: items.length },
    };
}

;// CONCATENATED MODULE: ./src/emulator/server.ts
























/** A few of Azure ML's curated inference environments (name, image), as a workspace lists them. */
const CURATED_ENVIRONMENTS = [
    ['AzureML-sklearn-1.5', 'mcr.microsoft.com/azureml/curated/sklearn-1.5:latest'],
    ['AzureML-minimal-py311-inference', 'mcr.microsoft.com/azureml/curated/minimal-py311-inference:latest'],
];
/** The cloud the emulator describes in its ARM metadata document, for clients that load clouds from it. */
const EMULATOR_CLOUD = 'MlshipEmulator';
/** The default datastore's blob container; it exists from the start, as in a real workspace. */
const DEFAULT_CONTAINER = 'azureml-blobstore-emulator';
/**
 * An Azure ML workspace on loopback: ARM over https with a fresh self-signed certificate, every
 * request checked against Microsoft's OpenAPI description (a bad one is answered 400 as Azure
 * would and recorded in `invalidRequests`), long-running operations, keys, a fake Entra token
 * endpoint, a real Azurite for the default datastore, and fault injection.
 */
class WorkspaceEmulator {
    options;
    store = new ResourceStore();
    invalidRequests = [];
    requests = [];
    keys = new Map();
    tokens = new Map();
    entraIssued(token) {
        return this.entra.issued(token);
    }
    faults = { next: [], failDeployments: false, quotaExceeded: false };
    failedLogs = new Map();
    /** The region's endpoint names, as public DNS resolves them: those of every workspace here, and those `takenEndpointNames` says another holds. */
    dns = new EndpointDns((name, region) => region === this.location.toLowerCase() &&
        (!!this.faults.dnsAnswersEverything ||
            this.workspaceIds.some((ws) => !!this.store.get(`${ws}/onlineEndpoints/${name}`)) ||
            (this.faults.takenEndpointNames ?? []).includes(name)));
    url = '';
    /** Base of the endpoints' scoring URIs (see `scoringHost`). */
    scoringUrl = '';
    ca = '';
    /** Runs deployments as real scoring processes; present when the emulator has storage. */
    runtime;
    storageCa;
    batchJobsOf;
    /** Batch jobs started through batch endpoints' scoring URIs. */
    get batchJobs() {
        // eslint-disable-next-line @typescript-eslint/no-this-alias -- the host reads the emulator's state as it is at each call
        const emulator = this;
        return (this.batchJobsOf ??= new BatchJobs({
            store: this.store,
            get workspaceIds() {
                return emulator.workspaceIds;
            },
            get runtime() {
                return emulator.runtime;
            },
            get blobEndpoint() {
                return emulator.azurite?.blobEndpoint;
            },
            get ca() {
                return emulator.storageCa;
            },
            container: DEFAULT_CONTAINER,
        }));
    }
    /** GitHub's OIDC token service, for testing federated sign-in. */
    oidc = new OidcIssuer();
    /** Entra ID's token endpoint for the fake tenant. */
    entra = new FakeEntra(this.oidc, () => !!this.faults.refuseStorageTokens);
    server;
    azurite;
    spec;
    /** The workspace's GUID (`workspaceId`), part of every operation id as in Azure. */
    workspaceGuid = (0,external_node_crypto_.randomUUID)();
    timers = new Set();
    guids = new Map();
    /** Provisioning work under way; stop() waits for it so no deployment process outlives the emulator. */
    inflight = new Set();
    constructor(options) {
        this.options = options;
        this.spec = new OpenApiSpec(options.specRoot);
    }
    get workspaceId() {
        return this.workspaceIdOf(this.options.workspace ?? 'mlship-ws');
    }
    /** The ARM id of a workspace of the emulator's resource group. */
    workspaceIdOf(workspace) {
        const { subscriptionId = '00000000-0000-0000-0000-000000000000', resourceGroup = 'mlship-rg' } = this.options;
        return `/subscriptions/${subscriptionId}/resourceGroups/${resourceGroup}/providers/Microsoft.MachineLearningServices/workspaces/${workspace}`;
    }
    /** Every workspace the emulator serves, its own first. */
    get workspaceIds() {
        return [this.workspaceId, ...(this.options.moreWorkspaces ?? []).map((name) => this.workspaceIdOf(name))];
    }
    /**
     * The endpoint of this name in any of the workspaces: online endpoint names are unique within a
     * region, as their scoring host (<name>.<region>.inference.ml.azure.com) is.
     */
    endpointIdByName(name) {
        for (const workspace of this.workspaceIds) {
            const id = `${workspace}/onlineEndpoints/${name}`;
            if (this.store.get(id))
                return id;
        }
        return `${this.workspaceId}/onlineEndpoints/${name}`;
    }
    get location() {
        return this.options.location ?? 'westeurope';
    }
    facts(id = this.workspaceId) {
        const name = id.split('/').pop();
        return {
            id,
            name,
            location: this.location,
            guid: id === this.workspaceId ? this.workspaceGuid : this.otherGuids(id),
            tenantId: TENANT,
            storageAccount: AZURITE_ACCOUNT,
            identityDatastores: !!this.options.identityDatastores,
        };
    }
    async start() {
        const certificate = selfSignedCertificate();
        this.ca = certificate.cert;
        if (this.options.identityDatastores && !this.options.storage)
            throw new Error('identityDatastores needs storage');
        if (this.options.storage) {
            const tls = this.options.identityDatastores || this.options.storageTls ? certificate : undefined;
            this.azurite = await startAzurite(tls);
            const ca = tls ? certificate.cert : undefined;
            this.storageCa = ca;
            this.runtime = new DeploymentRuntime(this.store, this.azurite.blobEndpoint, (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'mlship-emulated-deployments-')), ca);
            await azuriteContainer(`${this.azurite.blobEndpoint}/${DEFAULT_CONTAINER}`, ca).createIfNotExists();
        }
        await this.dns.start();
        this.server = (0,external_node_https_.createServer)({ key: certificate.key, cert: certificate.cert }, (req, res) => {
            this.handle(req.method ?? 'GET', req.url ?? '/', req.headers, () => readBody(req))
                .then((reply) => {
                if (reply === 'drop')
                    req.socket.destroy();
                else
                    send(res, reply);
            })
                .catch((err) => send(res, armError(500, 'InternalServerError', err.message)));
        });
        await this.oidc.start('repo:octo/models:pull_request');
        await new Promise((resolve) => this.server.listen(0, '127.0.0.1', resolve));
        this.url = `https://127.0.0.1:${this.server.address().port}`;
        this.scoringUrl = this.url.replace('127.0.0.1', this.options.scoringHost ?? '127.0.0.1');
        this.seed();
    }
    /** Resolves once no provisioning is scheduled or under way (held work counts as under way). */
    async idle() {
        while (this.timers.size > 0 || this.inflight.size > 0) {
            await Promise.allSettled([...this.inflight]);
            if (this.timers.size > 0)
                await new Promise((resolve) => setTimeout(resolve, 20));
        }
    }
    async stop() {
        for (const timer of this.timers)
            clearTimeout(timer);
        await this.batchJobsOf?.stopAll();
        await Promise.allSettled([...this.inflight]);
        await this.runtime?.stopAll();
        await new Promise((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
        this.server?.closeAllConnections();
        await this.azurite?.stop();
        await this.oidc.stop();
        await this.dns.stop();
        // Copies of every deployed model and code folder: nothing is left in the temp folder.
        if (this.runtime)
            (0,external_node_fs_.rmSync)(this.runtime.workDir, { recursive: true, force: true });
    }
    /** What a GitHub job with `id-token: write` has, pointing at this emulator's OIDC issuer. */
    oidcEnvironment() {
        return { ACTIONS_ID_TOKEN_REQUEST_URL: this.oidc.url, ACTIONS_ID_TOKEN_REQUEST_TOKEN: this.oidc.requestToken };
    }
    /** The variables that point the actions and the CLI at this emulator. */
    environment(caFile) {
        const [, subscriptionId, resourceGroup, workspace] = /subscriptions\/([^/]+)\/resourceGroups\/([^/]+)\/.*workspaces\/([^/]+)/.exec(this.workspaceId);
        return {
            MLSHIP_ARM_ENDPOINT: this.url,
            AZURE_AUTHORITY_HOST: this.url,
            NODE_EXTRA_CA_CERTS: caFile,
            AZURE_TENANT_ID: TENANT,
            AZURE_CLIENT_ID: CLIENT_ID,
            AZURE_CLIENT_SECRET: this.entra.clientSecret,
            MLSHIP_SUBSCRIPTION_ID: subscriptionId,
            MLSHIP_RESOURCE_GROUP: resourceGroup,
            MLSHIP_WORKSPACE: workspace,
            ...(this.azurite ? { MLSHIP_BLOB_ENDPOINT: this.azurite.blobEndpoint } : {}),
            // Azure's retail prices, as the emulator's region has them (tests reach nothing but loopback).
            MLSHIP_PRICES_URL: `${this.url}/api/retail/prices`,
            // The region's endpoint names, as public DNS has them.
            MLSHIP_DNS_SERVER: `127.0.0.1:${this.dns.port}`,
            // The emulator provisions in moments, not minutes: look at it at its own pace.
            MLSHIP_POLL: `${Math.max(50, Math.round((this.options.provisioningMs ?? 0) / 4))}ms/${Math.max(500, this.options.provisioningMs ?? 0)}ms`,
        };
    }
    /**
     * What points Microsoft's azure-ai-ml SDK at this emulator: a custom cloud read from its ARM
     * metadata document (the SDK's `_azure_environments` reads ARM_CLOUD_METADATA_URL and
     * AZUREML_CURRENT_CLOUD), and its certificate trusted by requests.
     */
    sdkEnvironment(caFile) {
        return {
            ARM_CLOUD_METADATA_URL: `${this.url}/metadata/endpoints?api-version=2019-05-01`,
            AZUREML_CURRENT_CLOUD: EMULATOR_CLOUD,
            REQUESTS_CA_BUNDLE: caFile,
            SSL_CERT_FILE: caFile,
        };
    }
    /**
     * Holds the provisioning of deployments (creation, update, deletion) until the returned function
     * is called: tests decide when an operation finishes instead of racing a timer.
     */
    holdDeployments() {
        let release;
        const gate = new Promise((resolve) => (release = resolve));
        const previous = this.gate;
        this.gate = previous.then(() => gate);
        return release;
    }
    gate = Promise.resolve();
    /**
     * Runs `fn` once the configured provisioning time has passed (0: on the next tick) and, for a
     * deployment (`resourceId`), no hold is on.
     */
    afterProvisioning(resourceId, fn) {
        const timer = setTimeout(() => {
            this.timers.delete(timer);
            const gate = resourceId.toLowerCase().includes('/deployments/') ? this.gate : Promise.resolve();
            const work = gate.then(fn).catch(() => undefined);
            this.inflight.add(work);
            void work.finally(() => this.inflight.delete(work));
        }, this.options.provisioningMs ?? 0);
        this.timers.add(timer);
    }
    operationUrls() {
        const subscriptionId = /subscriptions\/([^/]+)/.exec(this.workspaceId)[1];
        return { origin: this.url, subscriptionId, location: this.location, apiVersion: this.spec.apiVersion };
    }
    /**
     * ARM's cloud metadata document (the format of management.azure.com/metadata/endpoints) for one
     * cloud, this emulator: what the Azure CLI and azure-ai-ml read when ARM_CLOUD_METADATA_URL
     * points here.
     */
    cloudMetadata() {
        return [
            {
                name: EMULATOR_CLOUD,
                portal: this.url,
                resourceManager: `${this.url}/`,
                authentication: { loginEndpoint: `${this.url}/`, audiences: [`${this.url}/`], tenant: TENANT, identityProvider: 'AAD' },
                suffixes: {
                    // azure-ai-ml reaches a datastore at https://<account>.blob.<this suffix>
                    // (azure/ai/ml/constants/_common.py STORAGE_ACCOUNT_URLS), and azure-storage-blob finds
                    // the account name for a key only in a host with ".blob.core." in it
                    // (_shared/base_client.py): with Azurite over https, its production-style address
                    // devstoreaccount1.blob.core.localhost:<port>.
                    storage: this.azurite ? this.sdkStorageSuffix() : 'core.windows.net',
                    keyVaultDns: 'vault.azure.net',
                    acrLoginServer: 'azurecr.io',
                },
            },
        ];
    }
    /** The storage suffix azure-ai-ml appends to `<account>.blob.`: Azurite's port on core.localhost. */
    sdkStorageSuffix() {
        const blob = new URL(this.azurite.blobEndpoint);
        return blob.protocol === 'https:' ? `core.localhost:${blob.port}` : blob.host;
    }
    /** Starts an operation on a resource (endpoint or deployment), `Updating` until it finishes. */
    startOperation(resourceId) {
        return this.store.startOperation(resourceId, this.workspaceGuid);
    }
    /** Headers of a PUT that started `operation`, as recorded from real Azure. */
    putHeaders(operation) {
        return putOperationHeaders(this.operationUrls(), operation, `${this.url}${operation.resourceId}?api-version=${this.spec.apiVersion}`);
    }
    /** Headers of a DELETE or PATCH answered 202. */
    acceptedHeaders(operation) {
        return acceptedOperationHeaders(this.operationUrls(), operation);
    }
    /**
     * Brings a deployment up: for real when the emulator has storage (its init() decides), else as
     * configured by the `failDeployments` fault.
     */
    async provisionDeployment(id, properties) {
        const failure = this.faults.failDeploymentWith;
        if (failure) {
            this.failedLogs.set(id.toLowerCase(), failure.logs ?? {});
            if (failure.buildLog && this.azurite) {
                const container = azuriteContainer(`${this.azurite.blobEndpoint}/${failure.buildLog.container}`, this.storageCa);
                await container.createIfNotExists();
                await container.getBlockBlobClient(failure.buildLog.path).upload(failure.buildLog.text, Buffer.byteLength(failure.buildLog.text));
            }
            return { ok: false, code: failure.code, message: failure.message, ...(failure.details ? { details: failure.details } : {}) };
        }
        this.failedLogs.delete(id.toLowerCase());
        if (this.faults.failDeployments)
            return { ok: false, message: 'User container has crashed or terminated: init() raised an exception. Check the container logs.' };
        if (!this.runtime)
            return { ok: true };
        return this.runtime.start(id, properties, 60_000);
    }
    otherGuids(id) {
        if (!this.guids.has(id))
            this.guids.set(id, (0,external_node_crypto_.randomUUID)());
        return this.guids.get(id);
    }
    seed() {
        for (const workspace of this.workspaceIds)
            this.seedWorkspace(workspace);
    }
    seedWorkspace(workspaceId) {
        // Curated environments, listed in every workspace as Azure lists them: an image with
        // everything in it (no conda file, so an emulated deployment runs on the base interpreter).
        for (const [name, image] of CURATED_ENVIRONMENTS) {
            this.store.put(`${workspaceId}/environments/${name}`, {
                name,
                type: 'Microsoft.MachineLearningServices/workspaces/environments',
                properties: { isArchived: false },
            });
            this.store.put(`${workspaceId}/environments/${name}/versions/1`, {
                name: '1',
                type: 'Microsoft.MachineLearningServices/workspaces/environments/versions',
                properties: { image, osType: 'Linux', environmentType: 'Curated', isArchived: false, tags: {}, properties: {} },
            });
        }
        const blob = this.azurite ? new URL(this.azurite.blobEndpoint) : undefined;
        this.store.put(`${workspaceId}/datastores/workspaceblobstore`, workspaceBlobStore(this.facts(workspaceId), blob, DEFAULT_CONTAINER));
        for (const name of this.options.kubernetesComputes ?? ['k8s-compute']) {
            this.store.put(`${workspaceId}/computes/${name}`, {
                name,
                type: 'Microsoft.MachineLearningServices/workspaces/computes',
                location: 'westeurope',
                properties: {
                    computeType: 'Kubernetes',
                    provisioningState: 'Succeeded',
                    // The official example's instance type (examples/Compute/createOrUpdate/KubernetesCompute.json).
                    properties: {
                        namespace: 'default',
                        defaultInstanceType: 'defaultinstancetype',
                        instanceTypes: {
                            defaultinstancetype: { nodeSelector: null, resources: { requests: { cpu: '1', memory: '4Gi' }, limits: { cpu: '1', memory: '4Gi' } } },
                        },
                    },
                },
            });
        }
        for (const name of this.options.amlComputes ?? ['cpu-cluster']) {
            this.store.put(`${workspaceId}/computes/${name}`, {
                name,
                type: 'Microsoft.MachineLearningServices/workspaces/computes',
                location: 'westeurope',
                properties: {
                    computeType: 'AmlCompute',
                    provisioningState: 'Succeeded',
                    properties: {
                        vmSize: 'STANDARD_DS3_V2',
                        vmPriority: 'Dedicated',
                        scaleSettings: { minNodeCount: 0, maxNodeCount: 4, nodeIdleTimeBeforeScaleDown: 'PT2M' },
                    },
                },
            });
        }
    }
    async handle(method, rawUrl, headers, body) {
        const url = new URL(rawUrl, 'https://127.0.0.1');
        const reply = await this.route(method, url, headers, body);
        if (reply !== 'drop') {
            reply.headers = {
                'x-ms-request-id': (0,external_node_crypto_.randomUUID)(),
                'x-ms-correlation-request-id': (0,external_node_crypto_.randomUUID)(),
                'x-ms-ratelimit-remaining-subscription-reads': '11999',
                'x-ms-ratelimit-remaining-subscription-writes': '1199',
                'x-ms-response-type': 'standard',
                ...reply.headers,
            };
        }
        this.requests.push({
            method,
            path: url.pathname,
            operationId: this.spec.match(method, url.pathname)?.operationId,
            status: reply === 'drop' ? 0 : reply.status,
        });
        return reply;
    }
    async route(method, url, headers, readRequestBody) {
        const path = url.pathname;
        const authorization = headers.authorization;
        const inference = /^\/inference\/([^/]+)\/(score|swagger\.json)$/.exec(path);
        if (inference)
            return scoreThroughEndpoint(this, { method, endpointName: inference[1], route: inference[2], headers, body: await readRequestBody() });
        const batchInvoke = /^\/batch\/([^/]+)\/jobs$/.exec(path);
        if (batchInvoke && method === 'POST') {
            // A batch endpoint's scoring URI takes a Microsoft Entra token (AADToken), like an AADToken online endpoint.
            const bearer = /^Bearer (.+)$/.exec(authorization ?? '')?.[1];
            if (!bearer || !this.entra.issued(bearer))
                return armError(401, 'InvalidAuthenticationToken', 'The access token is missing or invalid.');
            const deploymentHeader = headers['azureml-model-deployment'];
            return this.batchJobs.invoke(batchInvoke[1], typeof deploymentHeader === 'string' ? deploymentHeader : undefined, await readRequestBody());
        }
        if (path === `/${TENANT}/v2.0/.well-known/openid-configuration`)
            return { status: 200, body: this.entra.openidConfiguration(this.url) };
        if (path === `/${TENANT}/oauth2/v2.0/token` && method === 'POST')
            return this.entra.issueToken(new URLSearchParams(await readRequestBody()));
        if (path === '/metadata/endpoints' && method === 'GET')
            return { status: 200, body: this.cloudMetadata() };
        if (path === '/mlship-emulator/faults' && method === 'POST') {
            Object.assign(this.faults, JSON.parse(await readRequestBody()));
            return { status: 204 };
        }
        if (path === '/api/retail/prices' && method === 'GET')
            return this.faults.pricesDown ? { status: 503, body: null } : retailPrices(url.searchParams, this.options.vmSizes ?? DEFAULT_VM_SIZES);
        const token = /^Bearer (.+)$/.exec(authorization ?? '')?.[1];
        if (!token || !this.entra.issued(token))
            return armError(401, 'InvalidAuthenticationToken', 'The access token is missing or invalid.');
        // Microsoft.Authorization/permissions (api-version 2022-04-01, another provider's): the caller's
        // effective actions at the workspace, from its roles and the `denyActions` fault.
        const permissions = /^(\/subscriptions\/[^/]+\/resourceGroups\/[^/]+\/providers\/Microsoft\.MachineLearningServices\/workspaces\/[^/]+)\/providers\/Microsoft\.Authorization\/permissions$/i.exec(path);
        if (permissions && method === 'GET') {
            const denied = this.entra.authorize(token, method, permissions[1]);
            if (denied)
                return armError(403, 'AuthorizationFailed', denied);
            return { status: 200, body: { value: this.entra.permissions(token, permissions[1], this.faults.denyActions) } };
        }
        const apiVersion = url.searchParams.get('api-version');
        if (apiVersion && !ACCEPTED_API_VERSIONS.includes(apiVersion)) {
            const { code, message } = unsupportedApiVersion(apiVersion, this.location);
            return armError(400, code, message);
        }
        const mfe = /^\/subscriptions\/[^/]+\/providers\/Microsoft\.MachineLearningServices\/locations\/[^/]+\/(mfeOperationsStatus|mfeOperationResults)\/([^/]+)$/i.exec(path);
        if (mfe && method === 'GET')
            return mfe[1] === 'mfeOperationsStatus'
                ? operationStatus(this.store, this.operationUrls(), decodeURIComponent(mfe[2]))
                : operationResult(this.store, this.operationUrls(), decodeURIComponent(mfe[2]));
        // Roles are checked past the operation polls above: those are the status of work the caller
        // started, at a location scope, which a workspace-scoped role reads on Azure too.
        const denied = this.entra.authorize(token, method, path, this.faults.denyActions);
        if (denied)
            return armError(403, 'AuthorizationFailed', denied);
        const location = /^\/subscriptions\/([^/]+)\/providers\/Microsoft\.MachineLearningServices\/locations\/([^/]+)\/(vmSizes|usages)$/i.exec(path);
        if (location && method === 'GET')
            return locationRead({
                subscriptionId: location[1],
                location: location[2],
                kind: location[3],
                sizes: this.options.vmSizes ?? DEFAULT_VM_SIZES,
                faults: this.faults,
            });
        const jobPath = /^(\/subscriptions\/[^/]+\/resourceGroups\/[^/]+\/providers\/Microsoft\.MachineLearningServices\/workspaces\/[^/]+\/jobs\/[^/]+)(\/cancel)?$/i.exec(path);
        if (jobPath && ((method === 'GET' && !jobPath[2]) || (method === 'POST' && jobPath[2]))) {
            const id = decodeURIComponent(jobPath[1]);
            return jobPath[2] ? this.batchJobs.cancel(id) : this.batchJobs.get(id);
        }
        const workspace = this.workspaceIds.find((id) => id.toLowerCase() === path.toLowerCase());
        if (method === 'GET' && workspace)
            return { status: 200, body: workspaceResource(this.facts(workspace)) };
        const op = this.spec.match(method, path);
        if (!op)
            return armError(404, 'NoRegisteredProviderFound', `No registered resource provider found for ${method} ${path}.`);
        const text = await readRequestBody();
        let body;
        try {
            body = text ? JSON.parse(text) : undefined;
        }
        catch {
            return this.invalid(op, ['the body is not JSON']);
        }
        const problems = this.spec.validateRequest(op, url.searchParams, body);
        if (problems.length)
            return this.invalid(op, problems);
        const fault = this.takeFault(op.operationId);
        if (fault)
            return fault;
        const ifMatch = typeof headers['if-match'] === 'string' ? headers['if-match'] : undefined;
        return this.dispatch({ op, id: decodeURIComponent(path), body, query: url.searchParams, ifMatch, store: this.store, emulator: this });
    }
    invalid(op, problems) {
        this.invalidRequests.push(`${op.method} ${op.operationId} ${Object.values(op.pathParams).slice(3).join('/')}: ${problems.join('; ')}`);
        return armError(400, 'InvalidRequestContent', `The request content was invalid: ${problems.join('; ')}`);
    }
    takeFault(operationId) {
        const fault = this.faults.next.find((f) => f.count > 0 && (!f.operationId || f.operationId === operationId));
        if (!fault)
            return undefined;
        fault.count -= 1;
        if (fault.drop)
            return 'drop';
        const codes = { 403: 'AuthorizationFailed', 409: 'Conflict', 412: 'PreconditionFailed', 429: 'TooManyRequests' };
        const reply = armError(fault.status, codes[fault.status] ?? 'InternalServerError', `injected fault ${fault.status}`);
        if (fault.retryAfterSeconds !== undefined)
            reply.headers = { 'Retry-After': String(fault.retryAfterSeconds) };
        return reply;
    }
    async dispatch(ctx) {
        const id = ctx.op.operationId;
        if (id.startsWith('OnlineEndpoints_') || id.startsWith('OnlineDeployments_')) {
            const handler = {
                CreateOrUpdate: putOnline,
                Update: patchOnline,
                Delete: deleteOnline,
                ListKeys: listKeys,
                RegenerateKeys: regenerateKeys,
                GetToken: getToken,
                GetLogs: getLogs,
            }[id.split('_')[1]];
            if (handler)
                return handler(ctx);
        }
        if (id.startsWith('BatchEndpoints_') || id.startsWith('BatchDeployments_')) {
            const handler = { Get: getBatch, CreateOrUpdate: putBatch, Delete: deleteBatch }[id.split('_')[1]];
            if (handler)
                return handler(ctx);
        }
        if (id.endsWith('_Get'))
            return getResource(ctx);
        if (id.endsWith('_CreateOrUpdate'))
            return putAsset(ctx);
        if (id.endsWith('_Delete'))
            return deleteAsset(ctx);
        if (id.endsWith('_List'))
            return listChildren(ctx, ctx.op.template.split('/').pop());
        if (id === 'Datastores_ListSecrets') {
            // Recorded from a workspace with identity-based system datastores.
            if (this.options.identityDatastores)
                return armError(400, 'UserError', 'No secrets for credentials of type None.');
            return { status: 200, body: { secretsType: 'AccountKey', key: AZURITE_KEY } };
        }
        if (id === 'CodeVersions_CreateOrGetStartPendingUpload')
            return this.pendingUpload();
        return armError(501, 'NotImplemented', `the emulator does not implement ${id}`);
    }
    /**
     * startPendingUpload: a blob folder and a SAS that can write to it (a real one, signed with the
     * emulator storage's key), as Azure gives the SDK for code uploads.
     */
    pendingUpload() {
        if (!this.azurite)
            return armError(501, 'NotImplemented', 'start the emulator with storage to upload code');
        const folder = `LocalUpload/${(0,external_node_crypto_.randomUUID)()}`;
        const blobUri = `${this.azurite.blobEndpoint}/${DEFAULT_CONTAINER}/${folder}`;
        const sas = (0,esm/* generateBlobSASQueryParameters */.WJ)({ containerName: DEFAULT_CONTAINER, permissions: esm/* ContainerSASPermissions */.Hk.parse('racwl'), expiresOn: new Date(Date.now() + 3_600_000) }, new esm/* StorageSharedKeyCredential */.Z3(AZURITE_ACCOUNT, AZURITE_KEY)).toString();
        return {
            status: 200,
            body: {
                blobReferenceForConsumption: { blobUri, storageAccountArmId: null, credential: { credentialType: 'SAS', sasUri: `${blobUri}?${sas}` } },
                pendingUploadId: (0,external_node_crypto_.randomUUID)(),
                pendingUploadType: 'TemporaryBlobReference',
            },
        };
    }
}
function defaultSpecRoot(packageRoot) {
    return (0,external_node_path_.join)(packageRoot, 'vendor', 'azure-ml-api');
}

// EXTERNAL MODULE: ./src/cli/paths.ts
var paths = __webpack_require__(45450);
;// CONCATENATED MODULE: ./src/cli/emulator.ts






async function runEmulator(ctx, flags) {
    const { envFile } = flags;
    const emulator = new WorkspaceEmulator({
        specRoot: defaultSpecRoot((0,paths/* packageRoot */.Z)()),
        provisioningMs: 2000,
        storage: true,
        identityDatastores: flags.identityDatastores,
        storageTls: flags.printSdkConfig,
    });
    await emulator.start();
    const caFile = (0,external_node_path_.join)((0,external_node_os_.tmpdir)(), `mlship-emulator-ca-${process.pid}.pem`);
    (0,external_node_fs_.writeFileSync)(caFile, emulator.ca);
    const cleanUp = async () => {
        await emulator.stop();
        (0,external_node_fs_.rmSync)(caFile, { force: true });
    };
    const env = { ...emulator.environment(caFile), MLSHIP_LOCATION: 'westeurope' };
    // The client secret only opens this emulator; it is printed so the file can be used as it is.
    const lines = Object.entries(env).map(([k, v]) => `${k}=${v}`);
    // It holds a client secret (for this emulator only): readable by its owner alone.
    if (envFile)
        (0,external_node_fs_.writeFileSync)(envFile, `${lines.join('\n')}\n`, { mode: 0o600 });
    ctx.logger.info(`Azure ML workspace emulator at ${emulator.url}\n\n${lines.join('\n')}\n\n${envFile ? `Written to ${envFile}: ` : ''}export these, then use target aci or aks. Ctrl-C stops it.`);
    if (flags.printSdkConfig)
        ctx.logger.info(sdkConfig(emulator, caFile));
    await new Promise((resolve) => {
        process.once('SIGINT', resolve);
        process.once('SIGTERM', resolve);
    });
    await cleanUp();
    return 0;
}
/**
 * How an azure-ai-ml user points Microsoft's SDK at the emulator: a custom cloud read from the
 * emulator's ARM metadata document (ARM_CLOUD_METADATA_URL and AZUREML_CURRENT_CLOUD, which the
 * SDK's `_azure_environments` reads), its certificate trusted by requests, and the emulator's
 * client secret for azure-identity.
 */
function sdkConfig(emulator, caFile) {
    const env = emulator.environment(caFile);
    return [
        "For Microsoft's azure-ai-ml SDK (Python), export as well:",
        '',
        ...Object.entries(emulator.sdkEnvironment(caFile)).map(([k, v]) => `${k}=${v}`),
        '',
        'then:',
        '',
        '  from azure.ai.ml import MLClient',
        '  from azure.identity import ClientSecretCredential',
        // MSAL otherwise asks login.microsoftonline.com whether the authority is a known cloud.
        `  credential = ClientSecretCredential("${env.AZURE_TENANT_ID}", "${env.AZURE_CLIENT_ID}", "<AZURE_CLIENT_SECRET above>", authority="${emulator.url}", disable_instance_discovery=True)`,
        `  ml = MLClient(credential, "${env.MLSHIP_SUBSCRIPTION_ID}", "${env.MLSHIP_RESOURCE_GROUP}", "${env.MLSHIP_WORKSPACE}", cloud="${EMULATOR_CLOUD}")`,
        '',
        `The SDK uploads to https://${AZURITE_ACCOUNT}.blob.${emulator.sdkStorageSuffix()}: that name must resolve to 127.0.0.1`,
        `(systemd-resolved, as on GitHub's Ubuntu runners, resolves *.localhost; else add "127.0.0.1 ${AZURITE_ACCOUNT}.blob.core.localhost" to /etc/hosts).`,
        'azure-identity needs 1.13 or later for disable_instance_discovery.',
    ].join('\n');
}


/***/ })

};
