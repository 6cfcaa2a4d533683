import MTLintText

/// Hanyu Pinyin, for reading Chinese names written in Latin letters: the syllables of
/// Standard Chinese (without tones) and the most common family names. ICU can turn Han into
/// pinyin, but not tell whether a Latin word is pinyin; these are the facts of the language
/// (the syllable table of any pinyin reference; the surnames of the Baijiaxing lists).
package enum Pinyin {
    /// Every syllable of Standard Chinese, `ü` written `v` as well.
    static let syllables: Set<String> = Set(
        """
        a ai an ang ao ba bai ban bang bao bei ben beng bi bian biao bie bin bing bo bu \
        ca cai can cang cao ce cen ceng cha chai chan chang chao che chen cheng chi chong chou chu \
        chua chuai chuan chuang chui chun chuo ci cong cou cu cuan cui cun cuo \
        da dai dan dang dao de dei den deng di dia dian diao die ding diu dong dou du duan dui dun duo \
        e ei en eng er fa fan fang fei fen feng fo fou fu \
        ga gai gan gang gao ge gei gen geng gong gou gu gua guai guan guang gui gun guo \
        ha hai han hang hao he hei hen heng hong hou hu hua huai huan huang hui hun huo \
        ji jia jian jiang jiao jie jin jing jiong jiu ju juan jue jun \
        ka kai kan kang kao ke kei ken keng kong kou ku kua kuai kuan kuang kui kun kuo \
        la lai lan lang lao le lei leng li lia lian liang liao lie lin ling liu long lou lu luan lun luo lv lve \
        ma mai man mang mao me mei men meng mi mian miao mie min ming miu mo mou mu \
        na nai nan nang nao ne nei nen neng ni nian niang niao nie nin ning niu nong nou nu nuan nuo nv nve \
        o ou pa pai pan pang pao pei pen peng pi pian piao pie pin ping po pou pu \
        qi qia qian qiang qiao qie qin qing qiong qiu qu quan que qun \
        ran rang rao re ren reng ri rong rou ru rua ruan rui run ruo \
        sa sai san sang sao se sen seng sha shai shan shang shao she shei shen sheng shi shou shu shua \
        shuai shuan shuang shui shun shuo si song sou su suan sui sun suo \
        ta tai tan tang tao te teng ti tian tiao tie ting tong tou tu tuan tui tun tuo \
        wa wai wan wang wei wen weng wo wu xi xia xian xiang xiao xie xin xing xiong xiu xu xuan xue xun \
        ya yan yang yao ye yi yin ying yo yong you yu yuan yue yun \
        za zai zan zang zao ze zei zen zeng zha zhai zhan zhang zhao zhe zhei zhen zheng zhi zhong zhou \
        zhu zhua zhuai zhuan zhuang zhui zhun zhuo zi zong zou zu zuan zui zun zuo
        """.split(separator: " ").map(String.init))

    /// Common family names, capitalised as written in Latin text.
    package static let surnames: Set<String> = Set(
        """
        Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Gao Lin Luo Zheng Liang \
        Xie Song Tang Han Feng Yu Dong Xiao Cheng Cao Yuan Deng Fu Shen Zeng Peng Lv Su Lu Jiang Cai Jia \
        Ding Wei Xue Ye Yan Pan Du Dai Xia Zhong Tian Ren Fan Fang Shi Yao Tan Liao Zou Xiong Jin Hao \
        Kong Bai Cui Kang Mao Qiu Qin Gu Hou Shao Meng Long Wan Duan Lei Qian Yin Yi Chang Qiao Lai Gong \
        Wen Zhuang Ni Niu Mei Ou Ouyang Situ Zhuge Zuo Hong An Lan Dou Bao Ge Mo Fei Qi Chu Hua Jiao \
        Zhan Bi Xing Rao Yue Sha Zhai Ji Ling Miao Dang Quan Ning Guan Shu Tong Xiang Geng Lou Che Pei Lü Lyu
        """.split(separator: " ").map(String.init))

    /// The number of syllables `word` (lower case ASCII) splits into, if it splits into
    /// pinyin syllables at all: the fewest, found by dynamic programming over its letters.
    package static func syllableCount(_ word: String) -> Int? {
        let letters = Array(word.utf8)
        guard !letters.isEmpty, letters.count <= 24, letters.allSatisfy({ $0 >= 0x61 && $0 <= 0x7A }) else { return nil }
        // fewest[i]: the fewest syllables that make up the first i letters.
        var fewest = [Int?](repeating: nil, count: letters.count + 1)
        fewest[0] = 0
        for end in 1...letters.count {
            for length in 1...min(6, end) {
                guard let before = fewest[end - length], syllableKeys.contains(key(letters[(end - length)..<end])) else { continue }
                fewest[end] = min(fewest[end] ?? Int.max, before + 1)
            }
        }
        return fewest[letters.count]
    }

    /// A syllable of up to six lower-case letters as one integer, so that splitting a word
    /// makes no strings.
    private static func key(_ letters: ArraySlice<UInt8>) -> UInt64 {
        letters.reduce(0) { $0 << 8 | UInt64($1) }
    }

    private static let syllableKeys: Set<UInt64> = Set(syllables.map { key(Array($0.utf8)[...]) })
}
