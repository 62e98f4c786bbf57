/**
 * Common characters written differently in Simplified and Traditional Chinese, pair by pair. Only
 * characters that belong to one script alone are listed: 后, 里, 干, 面, 范, 著 and the like are left out,
 * because both scripts use them.
 */
const SIMPLIFIED =
  '们这来说时国会为对发经个过还进实现动关点开长问题无业学产资场间样机电与么种让应该认识将价钱银报导数据务总体义亿币贷买卖赢输选择爱网络车东门见页书话语读写听边达运远连错难确节级结织线维统续给编变区华单从众优传伤儿党农决况则刚创剧办劳势卫历压县参双号员围图团园声处备头夺宝审宽寻层岁岛师带帮庆库废异张弹归录忆态怀恶惊战扩护担拥换损断旧显术杀权条极构标档检楼欢残毕气汇汉沟没泽测济浓涨温湾满灭灯烟热状独环画础离积称稳竞笔简类红约纪纯纳纸练组细终绍绝综罗职联胜脑艺苏荣药获虑补装规视览觉计订讨训议记讲许论设证评诉词试询详误请调谈谁责败货质购贸费赛赶轻较辆适递邮钟钢铁销锁闭闲闻阅队阶际陆险随须顾领频风飞饭馆马验鱼鸟齐龙'
const TRADITIONAL =
  '們這來說時國會為對發經個過還進實現動關點開長問題無業學產資場間樣機電與麼種讓應該認識將價錢銀報導數據務總體義億幣貸買賣贏輸選擇愛網絡車東門見頁書話語讀寫聽邊達運遠連錯難確節級結織線維統續給編變區華單從眾優傳傷兒黨農決況則剛創劇辦勞勢衛歷壓縣參雙號員圍圖團園聲處備頭奪寶審寬尋層歲島師帶幫慶庫廢異張彈歸錄憶態懷惡驚戰擴護擔擁換損斷舊顯術殺權條極構標檔檢樓歡殘畢氣匯漢溝沒澤測濟濃漲溫灣滿滅燈煙熱狀獨環畫礎離積稱穩競筆簡類紅約紀純納紙練組細終紹絕綜羅職聯勝腦藝蘇榮藥獲慮補裝規視覽覺計訂討訓議記講許論設證評訴詞試詢詳誤請調談誰責敗貨質購貿費賽趕輕較輛適遞郵鐘鋼鐵銷鎖閉閒聞閱隊階際陸險隨須顧領頻風飛飯館馬驗魚鳥齊龍'

/** Characters only Simplified Chinese uses. */
export const SIMPLIFIED_ONLY: ReadonlySet<string> = new Set(SIMPLIFIED)

/** Characters only Traditional Chinese uses. */
export const TRADITIONAL_ONLY: ReadonlySet<string> = new Set(TRADITIONAL)
